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
