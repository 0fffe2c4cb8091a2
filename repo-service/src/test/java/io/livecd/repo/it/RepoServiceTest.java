package io.livecd.repo.it;

import io.livecd.repo.RepoServiceApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole service on a random port against the test kit's broker and S3 server. Every
 * integration test shares this one configuration, so they share one context (its own
 * bucket and topic prefix); each test class uses jobs and aliases of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = RepoServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "livecd.aliases[0].name=pub.squashfs", "livecd.aliases[0].job=it_publish",
				"livecd.aliases[0].pattern=speedtest-*.squashfs", "livecd.aliases[1].name=order.squashfs",
				"livecd.aliases[1].job=it_order", "livecd.aliases[1].pattern=speedtest-*.squashfs",
				"livecd.aliases[2].name=serve.img", "livecd.aliases[2].job=it_serve",
				"livecd.aliases[2].pattern=serve-*.img", "livecd.aliases[3].name=pin-initrd",
				"livecd.aliases[3].job=it_pin", "livecd.aliases[3].pattern=initrd-*.img",
				"livecd.aliases[4].name=pin-vmlinuz", "livecd.aliases[4].job=it_pin",
				"livecd.aliases[4].pattern=vmlinuz-*", "livecd.aliases[5].name=reject.squashfs",
				"livecd.aliases[5].job=it_reject", "livecd.aliases[5].pattern=speedtest-*.squashfs",
				"livecd.aliases[6].name=replay.squashfs", "livecd.aliases[6].job=it_replay",
				"livecd.aliases[6].pattern=speedtest-*.squashfs", "livecd.aliases[7].name=rollback.squashfs",
				"livecd.aliases[7].job=it_rollback", "livecd.aliases[7].pattern=speedtest-*.squashfs",
				"livecd.aliases[8].name=dash.squashfs", "livecd.aliases[8].job=it_dash",
				"livecd.aliases[8].pattern=speedtest-*.squashfs", "livecd.aliases[9].name=sec.squashfs",
				"livecd.aliases[9].job=it_sec", "livecd.aliases[9].pattern=speedtest-*.squashfs",
				"livecd.auth.tokens=alice:ops:" + RepoServiceTest.OPS_TOKEN_SHA256 + ",ci-bot:ci:"
						+ RepoServiceTest.CI_TOKEN_SHA256,
				"livecd.events.retry.attempts=2", "livecd.events.retry.initial-interval=100ms" })
public @interface RepoServiceTest {

	/** The bearer token of role ops. */
	String OPS_TOKEN = "ops-secret";

	String OPS_TOKEN_SHA256 = "32323cfa9ec9d62750daad0836a4cf3d7b60d23723b7852a529667deed01669f";

	/** The bearer token of role ci. */
	String CI_TOKEN = "ci-secret";

	String CI_TOKEN_SHA256 = "f82da6e2b2e51c046a2eaf10964ef184b69c0aee9892f10a2a7b657477d407e6";

}
