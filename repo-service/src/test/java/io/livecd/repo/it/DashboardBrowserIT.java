package io.livecd.repo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.ForemanParametersUpdated;
import io.livecd.common.event.MirrorSyncFailed;
import io.livecd.common.event.MirrorSynced;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in Debian's headless Chromium: it shows the published builds live, takes
 * the ops token, and a rollback clicked there moves the alias to the previous build.
 * Leaves a screenshot in {@code target/dashboard.png}.
 */
@RepoServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserIT extends ItSupport {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final String JOB = "it_dash";

	private static final String ALIAS = "dash.squashfs";

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@TempDir
	static Path profile;

	@LocalServerPort
	private int port;

	private WebDriver browser;

	@BeforeAll
	void startBrowser() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Skipping the dashboard browser test: /usr/bin/chromium or /usr/bin/chromedriver is missing"
						+ " (Debian packages chromium and chromium-driver; .ci/run installs them)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1400,1500", "--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void shouldShowBuildsLiveAndRollBackWithTheOpsToken() throws Exception {
		this.browser.get("http://127.0.0.1:" + this.port + "/");
		WebDriverWait wait = new WebDriverWait(this.browser, PATIENCE);
		wait.until(ExpectedConditions.textToBe(By.id("connection"), "live"));
		for (long build = 1; build <= 3; build++) {
			ci().publish(JOB, build, "speedtest-" + build + ".squashfs");
		}
		By target = By.cssSelector("tr[data-alias='" + ALIAS + "'] .target-build");
		wait.until(ExpectedConditions.textToBe(target, "#3"));
		reportLocations();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-location='fra']"),
				"builds/" + JOB + "/speedtest-3.squashfs"));

		By rollback = By.cssSelector("tr[data-alias='" + ALIAS + "'] button.rollback");
		assertThat(this.browser.findElement(rollback).isEnabled()).isFalse();
		this.browser.findElement(By.id("token")).sendKeys(RepoServiceTest.OPS_TOKEN);
		this.browser.findElement(By.id("token-save")).click();
		click(wait, rollback);
		wait.until(ExpectedConditions.textToBe(rollback, "Confirm rollback to #2"));
		click(wait, rollback);

		wait.until(ExpectedConditions.textToBe(target, "#2"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "rolled back from #3 to #2"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#history tbody tr"),
				ALIAS + " rollback #3 #2 alice"));
		assertThat(aliasBuild(ALIAS)).isEqualTo(2);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(repoLog(AliasUpdated.class))
				.filteredOn((u) -> u.alias().equals(ALIAS) && u.reason() == AliasUpdateReason.ROLLBACK)
				.singleElement()
				.satisfies((u) -> assertThat(u.actor()).isEqualTo("alice")));
		Path screenshot = Path.of("target", "dashboard.png");
		Files.copy(((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE).toPath(), screenshot,
				StandardCopyOption.REPLACE_EXISTING);
		assertThat(screenshot).isNotEmptyFile();
	}

	/** Clicks once the element is enabled; a snapshot may re-render it meanwhile. */
	private static void click(WebDriverWait wait, By locator) {
		wait.ignoring(StaleElementReferenceException.class).until((driver) -> {
			WebElement element = driver.findElement(locator);
			if (!element.isEnabled()) {
				return false;
			}
			element.click();
			return true;
		});
	}

	private void reportLocations() {
		String file = "speedtest-3.squashfs";
		byte[] bytes = Ci.content(JOB, 3, file);
		this.publisher.publish(new MirrorSynced(UUID.randomUUID().toString(), Instant.now(), "fra", JOB, 3, file,
				Sha256.of(bytes), bytes.length, 0.4));
		this.publisher.publish(new MirrorSyncFailed(UUID.randomUUID().toString(), Instant.now(), "osl", JOB, 3, file,
				"upstream answered 503"));
		this.publisher.publish(new ForemanParametersUpdated(UUID.randomUUID().toString(), Instant.now(), "location:fra",
				"fra", "live_squash", "", "builds/" + JOB + "/" + file));
	}

}
