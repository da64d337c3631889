package org.digitalcentre.base.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the Markdown renderer would turn into a link (a mail program, a site outside the app) stays text. */
class LearnerMarkdownTest {

    @Test
    void an_e_mail_address_is_escaped_so_that_it_is_no_mailto_link() {
        assertThat(LearnerMarkdown.withoutLinks("- E-mail : amina.diallo@exemple.fr"))
                .isEqualTo("- E-mail : amina.diallo\\@exemple.fr");
        assertThat(LearnerMarkdown.withoutLinks("Exemple : **amina.diallo@postelo.fr**"))
                .isEqualTo("Exemple : **amina.diallo\\@postelo.fr**");
    }

    @Test
    void links_keep_their_words_and_addresses_of_sites_are_no_links() {
        assertThat(LearnerMarkdown.withoutLinks("Voir [le site](https://example.org) ou <https://example.org>."))
                .isEqualTo("Voir le site ou https\\://example.org.");
        assertThat(LearnerMarkdown.withoutLinks("Tapez www.service-public.fr"))
                .isEqualTo("Tapez www\\.service-public.fr");
        assertThat(LearnerMarkdown.withoutLinks("<amina@postelo.fr>")).isEqualTo("amina\\@postelo.fr");
        assertThat(LearnerMarkdown.withoutLinks("mailto:amina@postelo.fr")).isEqualTo("mailto\\:amina\\@postelo.fr");
    }

    @Test
    void code_spans_and_plain_text_are_left_as_they_are() {
        assertThat(LearnerMarkdown.withoutLinks("Le signe `@` se dit « arobase ». **Bravo** !"))
                .isEqualTo("Le signe `@` se dit « arobase ». **Bravo** !");
        assertThat(LearnerMarkdown.withoutLinks(null)).isEmpty();
    }
}
