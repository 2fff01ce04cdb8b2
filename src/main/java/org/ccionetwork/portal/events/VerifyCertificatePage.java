package org.ccionetwork.portal.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * /cpd/verify.xhtml?c=code: anyone, signed in or not, checks that a certificate of attendance is
 * genuine. An unknown code answers 404 with a plain message.
 */
@Named
@RequestScoped
public class VerifyCertificatePage {

    @Inject
    private Certificates certificates;

    @Inject
    @Param(name = "c")
    private String code;

    private Certificates.Certificate certificate;
    private boolean looked;

    public void load() {
        if (getCertificate() == null) {
            Faces.getContext().getExternalContext().setResponseStatus(404);
        }
    }

    /** The certificate the code names, or null. */
    public Certificates.Certificate getCertificate() {
        if (!looked) {
            certificate = certificates.verify(code).orElse(null);
            looked = true;
        }
        return certificate;
    }

    public String getCode() {
        return code;
    }
}
