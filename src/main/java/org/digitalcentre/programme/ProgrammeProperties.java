package org.digitalcentre.programme;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param plannedHours the programme's planned hours per learner (12 weeks, about 240 hours): attendance totals are
 *                     shown against it
 * @param workshopHours the planned length of one workshop of the cohort plan: the register's default hours
 */
@ConfigurationProperties("digitalcentre.programme")
public record ProgrammeProperties(@DefaultValue("240") int plannedHours, @DefaultValue("3") double workshopHours) {
}
