package io.livecd.build;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The publishing model and use cases are plain Java; S3, Kafka and HTTP stay at the
 * edges.
 */
class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.livecd.build");

	@Test
	void modelAndUseCasesShouldNotUseSpringKafkaMinioOrServlets() {
		noClasses().that()
			.resideInAnyPackage("io.livecd.build.publish.model..", "io.livecd.build.publish.application..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.apache.kafka..", "io.minio..", "okhttp3..",
					"jakarta.servlet..", "tools.jackson..", "io.livecd.kafka..")
			.check(CLASSES);
	}

	@Test
	void modelShouldNotDependOnUseCasesOrAdapters() {
		noClasses().that()
			.resideInAPackage("io.livecd.build.publish.model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.livecd.build.publish.application..", "io.livecd.build.publish.infrastructure..")
			.check(CLASSES);
	}

	@Test
	void useCasesShouldNotDependOnAdapters() {
		noClasses().that()
			.resideInAPackage("io.livecd.build.publish.application..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.livecd.build.publish.infrastructure..")
			.check(CLASSES);
	}

}
