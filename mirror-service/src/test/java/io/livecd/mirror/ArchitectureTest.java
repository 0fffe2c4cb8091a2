package io.livecd.mirror;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The domain and the HTTP rules are plain Java; Spring, Kafka and servlets stay at the
 * edges.
 */
class ArchitectureTest {

	private static final String[] FRAMEWORKS = { "org.springframework..", "org.apache.kafka..", "io.livecd.kafka..",
			"jakarta.servlet..", "org.apache.catalina..", "org.apache.tomcat..", "tools.jackson..",
			"com.fasterxml.jackson.databind.." };

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.livecd.mirror");
	}

	@Test
	void modelAndApplicationShouldNotUseFrameworks() {
		noClasses().that()
			.resideInAnyPackage("io.livecd.mirror.cache.model..", "io.livecd.mirror.cache.application..",
					"io.livecd.mirror.alias.model..", "io.livecd.mirror.alias.application..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FRAMEWORKS)
			.check(classes);
	}

	@Test
	void httpRulesShouldBeSelfContained() {
		noClasses().that()
			.resideInAPackage("io.livecd.mirror.http..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FRAMEWORKS)
			.orShould()
			.dependOnClassesThat()
			.resideInAnyPackage("io.livecd.mirror.cache..", "io.livecd.mirror.alias..", "io.livecd.mirror.serving..")
			.check(classes);
	}

	@Test
	void modelShouldNotDependOnApplicationOrInfrastructure() {
		noClasses().that()
			.resideInAnyPackage("io.livecd.mirror.cache.model..", "io.livecd.mirror.alias.model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..application..", "..infrastructure..", "io.livecd.mirror.serving..",
					"io.livecd.mirror.events..", "io.livecd.mirror.status..")
			.check(classes);
	}

	@Test
	void applicationShouldNotDependOnAdapters() {
		noClasses().that()
			.resideInAnyPackage("io.livecd.mirror.cache.application..", "io.livecd.mirror.alias.application..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..infrastructure..", "io.livecd.mirror.serving..", "io.livecd.mirror.events..",
					"io.livecd.mirror.status..")
			.check(classes);
	}

	@Test
	void cacheShouldNotKnowAboutAliases() {
		noClasses().that()
			.resideInAPackage("io.livecd.mirror.cache..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.livecd.mirror.alias..")
			.check(classes);
	}

}
