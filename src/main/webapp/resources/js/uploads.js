// File inputs with data-max-bytes refuse a file that is too large before it is sent, with the
// message beside the field; the server checks again whatever the browser did.
(function () {
    "use strict";
    document.querySelectorAll("input[type=file][data-max-bytes]").forEach(function (input) {
        input.addEventListener("change", function () {
            var max = Number(input.getAttribute("data-max-bytes"));
            var file = input.files && input.files[0];
            var message = "";
            if (file && max && file.size > max) {
                message = "This file is larger than " + Math.round(max / 1048576) + " MB. Choose a smaller one.";
            }
            input.setCustomValidity(message);
            var error = document.getElementById(input.id + "-client-error");
            if (!error) {
                error = document.createElement("span");
                error.id = input.id + "-client-error";
                error.className = "error-message";
                error.setAttribute("role", "alert");
                input.parentNode.insertBefore(error, input);
            }
            error.textContent = message;
        });
    });
})();

// Library uploads: a chosen or dropped file is checked for size here, then sent at once with a
// progress bar; the server checks it again (size while reading, type from its bytes) and answers
// with a token that the form sends with the rest, so a refused form keeps the file.
(function () {
    "use strict";
    document.querySelectorAll("[data-upload-url]").forEach(function (widget) {
        var input = widget.querySelector("input[type=file]");
        var progress = widget.querySelector("progress");
        var status = widget.querySelector(".upload-status");
        var error = document.getElementById(input.id + "-upload-error");
        var token = widget.querySelector("input[type=hidden]");
        var max = Number(widget.getAttribute("data-max-bytes"));
        var zone = widget.querySelector(".drop-zone");

        function fail(message) {
            error.textContent = message;
            progress.hidden = true;
            token.value = "";
            status.textContent = "";
        }

        function send(file) {
            error.textContent = "";
            if (file.size > max) {
                fail("The file is larger than " + widget.getAttribute("data-max-mb") + " MB, the library's limit.");
                return;
            }
            if (file.size === 0) {
                fail("The file is empty.");
                return;
            }
            var request = new XMLHttpRequest();
            request.open("POST", widget.getAttribute("data-upload-url") + "?name=" + encodeURIComponent(file.name));
            request.setRequestHeader("X-Portal-Request", "1");
            request.setRequestHeader("Content-Type", "application/octet-stream");
            progress.hidden = false;
            progress.value = 0;
            status.textContent = "Uploading " + file.name + "…";
            request.upload.addEventListener("progress", function (event) {
                if (event.lengthComputable) {
                    progress.value = Math.round(100 * event.loaded / event.total);
                }
            });
            request.addEventListener("load", function () {
                var answer = {};
                try {
                    answer = JSON.parse(request.responseText);
                } catch (e) {
                    answer = {error: "The upload failed. Please try again."};
                }
                if (request.status === 200 && answer.token) {
                    progress.value = 100;
                    token.value = answer.token;
                    status.textContent = "Uploaded: " + answer.name + " (" + answer.size + ").";
                    widget.setAttribute("data-uploaded", "true");
                } else {
                    fail(answer.error || "The upload failed. Please try again.");
                }
            });
            request.addEventListener("error", function () {
                fail("The upload was interrupted. If the file is larger than " + widget.getAttribute("data-max-mb")
                    + " MB it cannot be shared; otherwise please try again.");
            });
            widget.removeAttribute("data-uploaded");
            request.send(file);
        }

        input.addEventListener("change", function () {
            if (input.files && input.files[0]) {
                send(input.files[0]);
            }
        });
        ["dragenter", "dragover"].forEach(function (name) {
            zone.addEventListener(name, function (event) {
                event.preventDefault();
                zone.classList.add("drop-zone-active");
            });
        });
        ["dragleave", "drop"].forEach(function (name) {
            zone.addEventListener(name, function () {
                zone.classList.remove("drop-zone-active");
            });
        });
        zone.addEventListener("drop", function (event) {
            event.preventDefault();
            if (event.dataTransfer.files && event.dataTransfer.files[0]) {
                send(event.dataTransfer.files[0]);
            }
        });
    });
})();
