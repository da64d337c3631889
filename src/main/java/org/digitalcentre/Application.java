package org.digitalcentre;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import org.digitalcentre.backup.DataFolderCheck;
import org.digitalcentre.backup.RestoreCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Theme("digitalcentre")
@Push
public class Application implements AppShellConfigurator {

    /**
     * Starts the app; or, given {@code --restore=FILE}, restores that backup into an empty data folder and stops (see
     * {@link RestoreCommand}). The data folder is checked before the database opens ({@link DataFolderCheck}).
     */
    public static void main(String[] args) {
        if (RestoreCommand.isAsked(args)) {
            System.exit(RestoreCommand.run(args, System.out, System.err));
        }
        SpringApplication application = new SpringApplication(Application.class);
        application.addListeners(new DataFolderCheck());
        application.run(args);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
    }
}
