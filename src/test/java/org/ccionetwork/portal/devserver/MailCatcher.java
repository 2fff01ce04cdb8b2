package org.ccionetwork.portal.devserver;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * The run command's mail catcher: an SMTP server on loopback (GreenMail) where the portal and
 * Keycloak send every message, and a page on loopback listing them, newest first, each readable as
 * plain text or HTML. Nothing leaves the machine.
 */
public final class MailCatcher implements AutoCloseable {

    private final GreenMail smtp;
    private final HttpServer web;

    private MailCatcher(GreenMail smtp, HttpServer web) {
        this.smtp = smtp;
        this.web = web;
    }

    public static MailCatcher start(int smtpPort, int webPort) throws IOException {
        var smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        var web = HttpServer.create(new InetSocketAddress("127.0.0.1", webPort), 0);
        var catcher = new MailCatcher(smtp, web);
        web.createContext("/", catcher::serve);
        web.setExecutor(Executors.newSingleThreadExecutor());
        web.start();
        return catcher;
    }

    public String smtpPort() {
        return Integer.toString(smtp.getSmtp().getPort());
    }

    public String url() {
        return "http://127.0.0.1:" + web.getAddress().getPort() + "/";
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            var messages = List.of(smtp.getReceivedMessages()).reversed();
            String query = exchange.getRequestURI().getQuery();
            String page;
            String type = "text/html; charset=UTF-8";
            try {
                if (query != null && query.matches("(text|html)=\\d+")) {
                    int index = Integer.parseInt(query.substring(query.indexOf('=') + 1));
                    var message = messages.get(index);
                    boolean html = query.startsWith("html");
                    page = java.util.Objects.requireNonNullElse(
                            part(message, html ? "text/html" : "text/plain"), "This message has no such part.");
                    type = html ? "text/html; charset=UTF-8" : "text/plain; charset=UTF-8";
                    // A message's HTML is shown as it would be in a mail program: no scripts, no forms.
                    exchange.getResponseHeaders()
                            .add("Content-Security-Policy", "script-src 'none'; form-action 'none'");
                } else {
                    page = list(messages);
                }
            } catch (Exception e) {
                page = "Not found: " + escape(String.valueOf(e.getMessage()));
            }
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static String list(List<MimeMessage> messages) throws Exception {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">"
                + "<title>Mail catcher</title></head><body style=\"font-family: sans-serif\"><h1>Mail caught ("
                + messages.size() + ")</h1><table><tr><th>To</th><th>Subject</th><th>Sent</th><th>Read</th></tr>");
        for (int i = 0; i < messages.size(); i++) {
            var message = messages.get(i);
            html.append("<tr><td>")
                    .append(escape(String.join(", ", List.of(message.getHeader("To")))))
                    .append("</td><td>")
                    .append(escape(message.getSubject()))
                    .append("</td><td>")
                    .append(escape(String.valueOf(message.getSentDate())))
                    .append("</td><td><a href=\"?text=")
                    .append(i)
                    .append("\">text</a> <a href=\"?html=")
                    .append(i)
                    .append("\">HTML</a></td></tr>");
        }
        return html.append("</table></body></html>").toString();
    }

    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    @Override
    public void close() {
        web.stop(0);
        smtp.stop();
    }
}
