package io.livecd.cli.publish;

/**
 * The build being published, as CI names it.
 *
 * @param job the CI job
 * @param build its build number
 * @param image the image name
 * @param kernel the kernel version, or {@code null}
 * @param gitCommit the commit built, or {@code null}
 * @param ciUrl the CI run's page, or {@code null}
 */
record BuildRequest(String job, long build, String image, String kernel, String gitCommit, String ciUrl) {

	String path() {
		return "/api/v1/builds/" + this.job + "/" + this.build;
	}

	@Override
	public String toString() {
		return this.job + " #" + this.build;
	}

}
