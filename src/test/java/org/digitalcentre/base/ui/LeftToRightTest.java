package org.digitalcentre.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Codes, numbers and addresses stay left to right on an Arabic page. */
class LeftToRightTest {

    @Test
    void a_part_kept_left_to_right_says_dir_ltr() {
        Span code = LeftToRight.always(new Span("1234"));

        assertThat(code.getElement().getAttribute("dir")).isEqualTo("ltr");
    }

    @Test
    void a_field_keeps_its_value_left_to_right_and_its_label_as_the_page() {
        TextField address = LeftToRight.value(new TextField("العنوان"));

        assertThat(address.getClassNames()).contains(LeftToRight.VALUE_CLASS);
        assertThat(address.getElement().hasAttribute("dir")).as("the label follows the page").isFalse();
    }
}
