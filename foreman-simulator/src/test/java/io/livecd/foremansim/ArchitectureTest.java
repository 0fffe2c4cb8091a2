package io.livecd.foremansim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.livecd.foremansim");

	@Test
	void shouldKeepTheModelAndTheApiFreeOfSpringAndServlets() {
		noClasses().that()
			.resideInAnyPackage("io.livecd.foremansim.model..", "io.livecd.foremansim.application..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.servlet..")
			.check(CLASSES);
	}

	@Test
	void shouldKeepTheModelFreeOfTheApi() {
		noClasses().that()
			.resideInAPackage("io.livecd.foremansim.model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.livecd.foremansim.application..", "io.livecd.foremansim.infrastructure..")
			.check(CLASSES);
	}

}
