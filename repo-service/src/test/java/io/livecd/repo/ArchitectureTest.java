package io.livecd.repo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The domain and the use cases are plain Java; Spring, Kafka, MinIO, servlets and Jackson
 * stay in the adapters. The HTTP range and conditional logic depends on nothing but the
 * JDK, so it can move to a module the mirror-service shares.
 */
class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.livecd.repo");

	private static final String[] FRAMEWORKS = { "org.springframework..", "org.apache.kafka..", "io.minio..",
			"jakarta.servlet..", "tools.jackson..", "io.livecd.kafka.." };

	@Test
	void shouldKeepModelAndApplicationFreeOfFrameworks() {
		noClasses().that()
			.resideInAnyPackage("io.livecd.repo.catalog.model..", "io.livecd.repo.catalog.application..",
					"io.livecd.repo.location.model..", "io.livecd.repo.location.application..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FRAMEWORKS)
			.check(CLASSES);
	}

	@Test
	void shouldKeepTheModelIndependentOfItsUsers() {
		noClasses().that()
			.resideInAnyPackage("io.livecd.repo.catalog.model..", "io.livecd.repo.location.model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.livecd.repo.catalog.application..", "io.livecd.repo.catalog.infrastructure..",
					"io.livecd.repo.location.application..", "io.livecd.repo.location.infrastructure..",
					"io.livecd.repo.web..", "io.livecd.repo.auth..")
			.check(CLASSES);
	}

	@Test
	void shouldKeepServingSelfContained() {
		classes().that()
			.resideInAPackage("io.livecd.repo.serving..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("io.livecd.repo.serving..", "java..")
			.check(CLASSES);
	}

}
