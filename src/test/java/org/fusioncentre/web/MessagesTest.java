package org.fusioncentre.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The UI's message bundles: every text with arguments formats, and translations only translate known keys. */
class MessagesTest {
    private static Properties load(String name) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }

    @Test
    void everyMessageWithArgumentsFormatsWithoutLeftOverPlaceholders() throws IOException {
        Properties messages = load("messages.properties");
        assertThat(messages).isNotEmpty();
        Object[] arguments = {"A", "B", "C", "D"};
        for (String key : messages.stringPropertyNames()) {
            String text = messages.getProperty(key);
            if (text.matches(".*\\{\\d.*")) {
                String formatted = new MessageFormat(text, Locale.ENGLISH).format(arguments);
                assertThat(formatted)
                        .as(key + ": a lone apostrophe quotes the rest (write '' for one)")
                        .doesNotContain("{");
            }
        }
    }

    @Test
    void aTranslationCarriesOnlyKnownKeysAndItsDirection() throws IOException {
        Properties english = load("messages.properties");
        Properties urdu = load("messages_ur.properties");
        assertThat(english.stringPropertyNames()).containsAll(urdu.stringPropertyNames());
        assertThat(urdu.getProperty("page.dir")).isEqualTo("rtl");
    }
}
