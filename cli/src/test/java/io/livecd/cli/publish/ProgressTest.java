package io.livecd.cli.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

	private final StringWriter output = new StringWriter();

	private long now;

	@Test
	void shouldPrintALinePerTenthWhenNotOnATerminal() {
		Progress progress = new Progress.Lines(new PrintWriter(this.output, true), () -> this.now);
		progress.start("speedtest.iso", 1000);

		for (long sent = 100; sent <= 1000; sent += 50) {
			this.now += 1_000_000_000L;
			progress.sent(sent);
		}
		progress.finished();

		assertThat(this.output.toString().lines()).hasSize(10)
			.first()
			.asString()
			.startsWith("speedtest.iso: 10% (100 B of 1000 B");
		assertThat(this.output.toString().lines()).last()
			.asString()
			.startsWith("speedtest.iso: 100% (1000 B of 1000 B");
	}

	@Test
	void shouldRedrawOneBarInPlaceOnATerminal() {
		Progress progress = new Progress.Bar(new PrintWriter(this.output, true), () -> this.now);
		progress.start("vmlinuz", 2048);
		this.now += 1_000_000_000L;
		progress.sent(1024);
		this.now += 1_000_000_000L;
		progress.sent(2048);
		progress.finished();

		assertThat(this.output.toString()).startsWith("\rvmlinuz [###############...............]  50% 1.0 KiB/2.0 KiB")
			.contains("\rvmlinuz [##############################] 100% 2.0 KiB/2.0 KiB")
			.endsWith(System.lineSeparator());
	}

	@Test
	void shouldNotRedrawMoreThanFiveTimesASecond() {
		Progress progress = new Progress.Bar(new PrintWriter(this.output, true), () -> this.now);
		progress.start("initrd.img", 1_000_000);

		for (int i = 1; i < 100; i++) {
			this.now += 1_000_000L;
			progress.sent(i * 100L);
		}

		assertThat(this.output.toString().chars().filter((c) -> c == '\r').count()).isEqualTo(1);
	}

}
