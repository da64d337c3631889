package org.digitalcentre;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layout described in docs and STYLE.md, checked on every build so that it stays true. */
@AnalyzeClasses(packages = "org.digitalcentre", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {"org.digitalcentre.classroom..", "org.digitalcentre.content..",
            "org.digitalcentre.learning..", "org.digitalcentre.progress..", "org.digitalcentre.security..",
            "org.digitalcentre.authoring..", "org.digitalcentre.demo..", "org.digitalcentre.privacy..",
            "org.digitalcentre.backup..", "org.digitalcentre.programme.."};

    @ArchTest
    static final ArchRule views_and_components_live_in_ui_packages = classes()
            .that().areAnnotatedWith(Route.class).or().areAssignableTo(Component.class)
            .should().resideInAPackage("..ui..")
            .because("a feature's root package is its API (services, records, entities); what people see sits in "
                    + "<feature>.ui");

    @ArchTest
    static final ArchRule views_never_reach_a_repository = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("the service is the only door: it holds the transactions and the rules");

    @ArchTest
    static final ArchRule repositories_are_not_public = classes()
            .that().areAssignableTo(Repository.class)
            .should().notBePublic()
            .because("the service is the only door: a repository is package-private to its feature");

    @ArchTest
    static final ArchRule features_have_no_cycles = slices()
            .matching("org.digitalcentre.(*)..")
            .should().beFreeOfCycles()
            .because("features meet only through public services or events, in one direction");

    @ArchTest
    static final ArchRule content_knows_nothing_of_the_database = noClasses()
            .that().resideInAPackage("..content..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.springframework.data..")
            .because("content is files and learner activity is the database; they meet only by stable ids");

    @ArchTest
    static final ArchRule the_shared_kernel_depends_on_no_feature = noClasses()
            .that().resideInAPackage("org.digitalcentre.base..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .because("base is open to every feature, so it cannot lean on any of them (MainLayout builds its "
                    + "menu from MenuConfiguration)");

    @ArchTest
    static final ArchRule every_view_declares_who_may_open_it = classes()
            .that().areAnnotatedWith(Route.class)
            .should().beAnnotatedWith(RolesAllowed.class)
            .orShould().beAnnotatedWith(PermitAll.class)
            .orShould().beAnnotatedWith(AnonymousAllowed.class)
            .because("a view without a declaration is denied to everyone");

    @ArchTest
    static final ArchRule every_error_view_declares_who_may_see_it = classes()
            .that().implement(HasErrorParameter.class)
            .should().beAnnotatedWith(RolesAllowed.class)
            .orShould().beAnnotatedWith(PermitAll.class)
            .orShould().beAnnotatedWith(AnonymousAllowed.class)
            .because("navigation access control checks error views too: without a declaration the person sees "
                    + "Vaadin's bare not-found page instead of ours");

    @ArchTest
    static final ArchRule dependencies_come_through_constructors = noFields()
            .should().beAnnotatedWith(Autowired.class)
            .because("constructor injection makes every dependency visible and lets tests build a class without "
                    + "Spring");
}
