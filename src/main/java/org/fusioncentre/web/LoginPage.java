package org.fusioncentre.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form ({@code /login}, fields {@code username} and {@code password}); Spring Security checks it. */
@Controller
class LoginPage {
    @GetMapping("/login")
    String login() {
        return "login";
    }
}
