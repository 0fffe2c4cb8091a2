package io.livecd.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.web.tls.TestCertificates;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A mirror whose upstream serves HTTPS with a certificate of a private CA: it fetches
 * through TLS when it trusts that CA, and refuses, with a clear reason and nothing
 * cached, when it trusts another.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class TlsUpstreamIT {

	private static final String JOB = "build_iso_speedtest_el8";

	private static final byte[] BYTES = PullThroughIT.bytes(300_000, 11);

	private TestCertificates certificates;

	private TestCertificates otherCa;

	private TestUpstream upstream;

	@BeforeAll
	void start(@TempDir Path dir) throws Exception {
		this.certificates = TestCertificates.generate(dir.resolve("ca"));
		this.otherCa = TestCertificates.generate(dir.resolve("other-ca"));
		this.upstream = new TestUpstream(this.certificates.serverContext());
		this.upstream.serve(JOB, "speedtest-1.squashfs", BYTES).withSha256Etag();
	}

	@AfterAll
	void stop() {
		this.upstream.close();
	}

	@Test
	void shouldFetchFromAnHttpsUpstreamSignedByTheConfiguredCa(@TempDir Path cacheDir) throws Exception {
		try (RunningMirror mirror = RunningMirror.standalone("tls", this.upstream.url(), cacheDir,
				Map.of("livecd.mirror.upstream-ca-file", this.certificates.ca()))) {
			HttpResponse<byte[]> answer = mirror.get("/livecd/builds/" + JOB + "/speedtest-1.squashfs");

			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.body()).isEqualTo(BYTES);
		}
	}

	@Test
	void shouldRefuseAnUpstreamCertificateItsCaDoesNotVouchFor(@TempDir Path cacheDir, CapturedOutput output)
			throws Exception {
		try (RunningMirror mirror = RunningMirror.standalone("tls-untrusted", this.upstream.url(), cacheDir,
				Map.of("livecd.mirror.upstream-ca-file", this.otherCa.ca()))) {
			HttpResponse<byte[]> answer = mirror.get("/livecd/builds/" + JOB + "/speedtest-1.squashfs");

			assertThat(answer.statusCode()).isGreaterThanOrEqualTo(500);
			assertThat(output).contains("TLS to the upstream localhost:", "MIRROR_UPSTREAM_CA_FILE",
					"PKIX path building failed");
			assertThat(Files.exists(mirror.cached(JOB, "speedtest-1.squashfs"))).isFalse();
		}
	}

}
