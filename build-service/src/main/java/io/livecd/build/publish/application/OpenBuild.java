package io.livecd.build.publish.application;

/**
 * A request to open a build, fields as they came in.
 *
 * @param job the CI job
 * @param build the build number
 * @param image the image name
 * @param kernel the kernel version, optional
 * @param gitCommit the commit built, optional
 * @param ciUrl the CI run's page, optional
 */
public record OpenBuild(String job, String build, String image, String kernel, String gitCommit, String ciUrl) {

}
