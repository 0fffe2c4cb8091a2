package io.livecd.foreman;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.livecd.foreman");

	@Test
	void shouldKeepModelsAndUseCasesFreeOfSpringKafkaAndHttp() {
		noClasses().that()
			.resideInAnyPackage("io.livecd.foreman.parameters.model..", "io.livecd.foreman.parameters.application..",
					"io.livecd.foreman.rollout.model..", "io.livecd.foreman.rollout.application..",
					"io.livecd.foreman.task.application..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.apache.kafka..", "io.livecd.kafka..", "java.net.http..",
					"tools.jackson..", "jakarta.servlet..")
			.check(CLASSES);
	}

	@Test
	void shouldKeepModelsFreeOfUseCasesAndAdapters() {
		noClasses().that()
			.resideInAnyPackage("io.livecd.foreman.parameters.model..", "io.livecd.foreman.rollout.model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.livecd.foreman..application..", "io.livecd.foreman..infrastructure..")
			.check(CLASSES);
	}

	@Test
	void shouldLetOnlyAdaptersTalkToForemanOverHttp() {
		noClasses().that()
			.resideOutsideOfPackage("io.livecd.foreman.parameters.infrastructure..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("java.net.http..")
			.check(CLASSES);
	}

}
