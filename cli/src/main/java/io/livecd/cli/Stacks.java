package io.livecd.cli;

import java.nio.file.Path;

import io.livecd.stack.LocalStack;
import io.livecd.stack.StackSettings;

/** The local stack that the environment names. */
final class Stacks {

	/** Set by the {@code ./livecd} script to the checkout it lives in. */
	static final String REPO_PROPERTY = "livecd.repo";

	private Stacks() {
	}

	static LocalStack fromEnvironment() {
		Path workingDir = Path.of("").toAbsolutePath();
		Path repoDir = Path.of(System.getProperty(REPO_PROPERTY, workingDir.toString()));
		return new LocalStack(StackSettings.fromEnvironment(System.getenv(), repoDir, workingDir), System.out);
	}

}
