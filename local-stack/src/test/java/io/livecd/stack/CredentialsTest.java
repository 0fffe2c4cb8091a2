package io.livecd.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.entry;

class CredentialsTest {

	@TempDir
	Path dir;

	@Test
	void shouldMakeSecretsOnceAndKeepThem() {
		Path file = this.dir.resolve("credentials.properties");
		Credentials first = Credentials.loadOrCreate(file);
		Credentials again = Credentials.loadOrCreate(file);
		assertThat(again).isEqualTo(first);
		assertThat(first.ciToken()).isNotEqualTo(first.opsToken()).hasSize(48);
		assertThat(Credentials.loadOrCreate(this.dir.resolve("other.properties"))).isNotEqualTo(first);
	}

	@Test
	void shouldLetOnlyTheOwnerReadThem() throws IOException {
		Path file = this.dir.resolve("credentials.properties");
		Credentials.loadOrCreate(file);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void shouldGiveTheServicesHashedTokensOnly() {
		Credentials credentials = new Credentials("key", "secret", "ci-token", "ops-token");
		assertThat(credentials.tokensSetting())
			.isEqualTo("dev-ci:ci:" + Credentials.sha256Hex("ci-token") + ",dev-ops:ops:"
					+ Credentials.sha256Hex("ops-token"))
			.doesNotContain("ci-token", "ops-token");
		assertThat(Credentials.sha256Hex("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void shouldListTheTokensByRoleForTheCli() {
		Credentials credentials = new Credentials("key", "secret", "ci-token", "ops-token");
		assertThat(credentials.tokens()).containsExactly(entry("ci", "ci-token"), entry("ops", "ops-token"));
	}

	@Test
	void shouldRefuseAnIncompleteFile() throws IOException {
		Path file = this.dir.resolve("credentials.properties");
		Files.writeString(file, "s3.access-key=key\n");
		assertThatIllegalStateException().isThrownBy(() -> Credentials.loadOrCreate(file))
			.withMessageContaining("has no s3.secret-key");
	}

}
