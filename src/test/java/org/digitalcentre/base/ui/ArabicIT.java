package org.digitalcentre.base.ui;

import org.digitalcentre.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amina chooses العربية on the first screen and takes a module in Arabic, in a real browser: the page is right to left
 * (checked by where things are on the screen: Back on the right, Next on the left, the menu on the right, the text
 * from the right), while her code's keypad still reads 1 2 3 from the left and numbers stay left to right. Every
 * learner screen on the way passes axe (WCAG 2.2 A and AA) in Arabic. Her own database, since her language is
 * remembered for her and the other browser tests expect her in French.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:arabic;DB_CLOSE_DELAY=-1")
class ArabicIT extends BrowserTest {

    @Test
    void arabic_is_right_to_left_numbers_stay_left_to_right_and_every_learner_screen_passes_axe() {
        open("");
        clickButton("العربية");
        waitForText("مرحبًا! اضغطي على مجموعتكِ.");
        assertPageIsRightToLeft();
        assertStartsOnTheRight(find(By.tagName("h1")));
        assertAccessible("the cohort screen in Arabic");

        clickButton("Groupe du matin");
        waitForText("اضغطي على اسمكِ.");
        WebElement back = find(By.cssSelector("vaadin-button.back-button"));
        assertThat(centre(back)).as("Back is on the right, where an Arabic page starts").isGreaterThan(pageWidth() / 2);
        assertThat(back.getText()).isEqualTo("رجوع");
        assertMirrored(back.findElement(By.tagName("vaadin-icon")));
        assertAccessible("the learners' tiles in Arabic");

        clickButton("Amina D.");
        waitForText("اكتبي رمزكِ السري.");
        List<Integer> keys = List.of("1", "2", "3", "4", "7", "0").stream().map(d -> centre(key(d))).toList();
        assertThat(keys.get(0)).as("the keypad reads 1 2 3 from the left, like a phone").isLessThan(keys.get(1));
        assertThat(keys.get(1)).isLessThan(keys.get(2));
        assertThat(keys.get(3)).as("4 under 1").isEqualTo(keys.get(0));
        assertThat(keys.get(4)).as("7 under 1").isEqualTo(keys.get(0));
        assertThat(keys.get(5)).as("0 under 2").isEqualTo(keys.get(1));
        assertThat(direction(find(By.cssSelector(".code-dots")))).isEqualTo("ltr");
        assertThat(transform(find(By.cssSelector(".keypad-erase vaadin-icon")))).as("erase points left, to the last digit")
                .isEqualTo("none");
        assertThat(centre(find(By.cssSelector(".back-button")))).isGreaterThan(pageWidth() / 2);
        assertAccessible("the keypad in Arabic");
        for (char digit : "1234".toCharArray()) {
            key(String.valueOf(digit)).click();
        }
        waitForVaadin();

        waitForText("مرحبًا Amina D.!");
        assertPageIsRightToLeft();
        WebElement toggle = find(By.cssSelector("vaadin-drawer-toggle"));
        WebElement nav = find(By.cssSelector("vaadin-side-nav"));
        assertThat(centre(toggle)).as("the menu button is on the right").isGreaterThan(pageWidth() / 2);
        assertThat(centre(nav)).as("the menu is on the right").isGreaterThan(pageWidth() / 2);
        assertAccessible("her home in Arabic");

        open("module/test-safety");
        waitForText("ستتعلّمين كيف تحفظين كلمة السرّ سرّية.");
        WebElement text = find(By.xpath("//p[contains(., 'ستتعلّمين')]"));
        assertThat(direction(text)).isEqualTo("rtl");
        Rectangle step = find(By.cssSelector(".step")).getRect();
        Rectangle line = textBox(text);
        assertThat(step.x + step.width - (line.x + line.width)).as("the step's text starts on the right")
                .isLessThan(line.x - step.x);
        WebElement previous = find(By.cssSelector("vaadin-button.back-button"));
        WebElement next = find(By.cssSelector("vaadin-button.next-button"));
        assertThat(previous.getText()).isEqualTo("رجوع");
        assertThat(next.getText()).isEqualTo("التالي");
        assertThat(centre(previous)).as("Back on the right, Next on the left").isGreaterThan(centre(next));
        assertMirrored(next.findElement(By.tagName("vaadin-icon")));
        WebElement progressBar = find(By.cssSelector("vaadin-progress-bar"));
        assertThat(progressBar.getAttribute("dir")).as("the progress bar fills from the right").isEqualTo("rtl");
        assertAccessible("a module step with text in Arabic");

        next.click();
        waitForVaadin();
        waitForText("لا نعطي كلمة السرّ لأيّ أحد.");
        find(By.xpath("//vaadin-radio-button[normalize-space(.)='خطأ']")).click();
        waitForVaadin();
        clickButton("تحقّقي");
        waitForText("ليس تمامًا.");
        assertThat(find(By.cssSelector(".feedback")).getText()).contains("هذا صحيح: تبقى سرّية.");
        assertAccessible("an exercise with its feedback in Arabic");

        open("my-progress");
        waitForText("تقدّمي");
        assertPageIsRightToLeft();
        assertAccessible("her progress in Arabic");
    }

    private void assertPageIsRightToLeft() {
        Object dirs = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.dir + ' ' + document.body.dir + ' ' + document.documentElement.lang");
        assertThat(dirs).isEqualTo("rtl rtl ar");
    }

    /** A block of text whose first line begins at the right edge of the page's content. */
    private void assertStartsOnTheRight(WebElement heading) {
        Rectangle box = textBox(heading);
        assertThat(direction(heading)).isEqualTo("rtl");
        assertThat(box.x + box.width / 2).as("the heading is not on the left").isGreaterThanOrEqualTo(pageWidth() / 2 - 2);
    }

    /** The icon is drawn the other way round (scaleX(-1)): back points right and next left, as she reads. */
    private void assertMirrored(WebElement icon) {
        assertThat(transform(icon)).startsWith("matrix(-1");
    }

    private String transform(WebElement icon) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(arguments[0]).transform", icon));
    }

    private WebElement key(String digit) {
        return find(By.xpath("//vaadin-button[contains(@class,'keypad-key')][normalize-space(.)='" + digit + "']"));
    }

    private String direction(WebElement element) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(arguments[0]).direction", element));
    }

    /** Where the element's words are drawn (not its box, which may span the whole width). */
    private Rectangle textBox(WebElement element) {
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) ((JavascriptExecutor) driver).executeScript("""
                const range = document.createRange();
                range.selectNodeContents(arguments[0]);
                const b = range.getBoundingClientRect();
                return [b.x, b.y, b.width, b.height];""", element);
        return new Rectangle(r.get(0).intValue(), r.get(1).intValue(), r.get(3).intValue(), r.get(2).intValue());
    }

    private static int centre(WebElement element) {
        Rectangle box = element.getRect();
        return box.x + box.width / 2;
    }

    private int pageWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.clientWidth")).intValue();
    }
}
