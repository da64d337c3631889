package org.digitalcentre.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;

import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;

/** Date pickers in the person's language: month and day names from the JDK, the buttons from our bundles. */
public final class Dates {

    private Dates() {
    }

    public static DatePicker.DatePickerI18n pickerTexts(Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        UI ui = UI.getCurrent();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        List<String> weekdays = Arrays.asList(symbols.getWeekdays()).subList(Calendar.SUNDAY, Calendar.SATURDAY + 1);
        List<String> shortWeekdays = Arrays.asList(symbols.getShortWeekdays()).subList(Calendar.SUNDAY,
                Calendar.SATURDAY + 1);
        i18n.setWeekdays(weekdays);
        i18n.setWeekdaysShort(shortWeekdays);
        i18n.setFirstDayOfWeek(Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? 1 : 0);
        i18n.setToday(ui.getTranslation("date.today"));
        i18n.setCancel(ui.getTranslation("date.cancel"));
        i18n.setDateFormat("dd/MM/yyyy"); // the way dates are written in France, in either language
        return i18n;
    }
}
