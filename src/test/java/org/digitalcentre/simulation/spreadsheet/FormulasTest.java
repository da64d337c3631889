package org.digitalcentre.simulation.spreadsheet;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Cells as a spreadsheet reads them: numbers as people type them, formulas with SUM/SOMME, and mistakes. */
class FormulasTest {

    private static final Map<String, String> SHEET = Map.of("B2", "450", "B3", "65,50", "B4", "1 200 €",
            "A1", "Loyer", "C1", "=C1+1", "C2", "=1/0");

    private static Formulas.Value value(String formula) {
        return Formulas.valueOf("X", cell -> cell.equals("X") ? formula : SHEET.getOrDefault(cell, ""),
                cell -> cell.matches("[A-D][1-9]"));
    }

    private static BigDecimal number(String formula) {
        assertThat(value(formula)).as(formula).isInstanceOf(Formulas.Number.class);
        return ((Formulas.Number) value(formula)).value();
    }

    @Test
    void numbers_are_read_as_people_type_them() {
        assertThat(Formulas.number("12,50")).contains(new BigDecimal("12.50"));
        assertThat(Formulas.number("12.5")).contains(new BigDecimal("12.5"));
        assertThat(Formulas.number(" 1 200 € ")).contains(new BigDecimal("1200"));
        assertThat(Formulas.number("-3")).contains(new BigDecimal("-3"));
        assertThat(Formulas.number("douze")).isEmpty();
        assertThat(Formulas.number("12,5,0")).isEmpty();
    }

    @Test
    void formulas_add_multiply_use_brackets_and_cells() {
        assertThat(number("=B2+B3")).isEqualByComparingTo("515.50");
        assertThat(number("= (B2 - 50) * 2 / 4")).isEqualByComparingTo("200");
        assertThat(number("=-B2+B4")).isEqualByComparingTo("750");
        assertThat(number("=b2*2")).as("small letters work too").isEqualByComparingTo("900");
        assertThat(number("=D9")).as("an empty cell counts 0").isEqualByComparingTo("0");
    }

    @Test
    void sum_and_somme_take_ranges_cells_and_numbers_and_skip_texts() {
        assertThat(number("=SOMME(B2:B4)")).isEqualByComparingTo("1715.50");
        assertThat(number("=SUM(B2;B3;10)")).isEqualByComparingTo("525.50");
        assertThat(number("=somme(A1:B2)")).as("the text in A1 is skipped").isEqualByComparingTo("450");
        assertThat(number("=SUM(B2:B3)*2")).isEqualByComparingTo("1031");
        assertThat(number("=SUM()")).isEqualByComparingTo("0");
        assertThat(Formulas.functionsIn("=somme(B2:B3)+SUM(B4)")).containsExactly("SUM");
    }

    @Test
    void a_mistake_gives_an_error_never_an_exception() {
        for (String wrong : new String[] {"=", "=B2+", "=(B2", "=B2)", "=MAX(B2:B3)", "=A1+1", "=C1", "=C2",
                "=Z99", "=B2 B3", "=SUM(B2:Z9)", "=SYSTEM(1)", "=B"}) {
            assertThat(value(wrong)).as(wrong).isInstanceOf(Formulas.Error.class);
        }
    }

    @Test
    void a_text_is_a_text_and_nothing_is_empty() {
        assertThat(value("Loyer")).isEqualTo(new Formulas.Text("Loyer"));
        assertThat(value("  ")).isEqualTo(new Formulas.Empty());
    }
}
