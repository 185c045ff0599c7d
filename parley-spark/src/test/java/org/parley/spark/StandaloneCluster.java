package org.parley.spark;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on 127.0.0.1 for tests and measurements: a master and one worker,
 * each a child JVM, installed like a Spark distribution (a {@code SPARK_HOME} whose {@code jars/}
 * holds Spark's jars and nothing of Parley's), so the job reaches the executors only through
 * {@code --jars}, as on a real cluster. Jobs are submitted with spark-submit's main class in a
 * third JVM. {@link #close()} stops every JVM it started, the worker's executors included.
 */
final class StandaloneCluster implements AutoCloseable {

    private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

    private final Path home;
    private final List<String> javaFlags;
    private final String masterUrl;
    private final List<Process> daemons = new ArrayList<>();

    /**
     * Starts the master and the worker and waits until the worker has registered.
     *
     * @param dir         a fresh folder for the installation, logs and the worker's work folder
     * @param sparkJars   the Spark installation's jars
     * @param cores       the worker's cores
     * @param workerMemory the worker's memory for executors, e.g. {@code 4g}
     */
    StandaloneCluster(Path dir, List<Path> sparkJars, int cores, String workerMemory) throws IOException, InterruptedException {
        this.home = dir.resolve("spark-home");
        this.javaFlags = javaFlags();
        install(sparkJars);
        int masterPort = freePort();
        int masterUi = freePort();
        masterUrl = "spark://127.0.0.1:" + masterPort;
        try {
            daemons.add(start("master", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                    "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(masterUi)), "512m"));
            daemons.add(start("worker", List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--port", String.valueOf(freePort()), "--webui-port", String.valueOf(freePort()),
                    "--cores", String.valueOf(cores), "--memory", workerMemory,
                    "--work-dir", Files.createDirectories(dir.resolve("work")).toString(), masterUrl), "512m"));
            awaitWorker(masterUi, Duration.ofMinutes(3));
        } catch (IOException | InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
    }

    String masterUrl() {
        return masterUrl;
    }

    /** The folder of logs: the daemons', the driver's, and the executors' under {@code work/}. */
    Path logs() {
        return home.getParent();
    }

    /**
     * Runs {@code spark-submit --master THIS [submitArgs...] appJar [appArgs...]} in client mode and
     * waits for it; the driver's output goes to {@code driver.log}.
     *
     * @return the driver's exit code, or -1 if it outran {@code timeout} (it is then stopped)
     */
    int submit(List<String> submitArgs, Path appJar, List<String> appArgs, Duration timeout)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("org.apache.spark.deploy.SparkSubmit", "--master", masterUrl,
                "--deploy-mode", "client", "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.driver.bindAddress=127.0.0.1", "--conf", "spark.ui.enabled=false"));
        args.addAll(submitArgs);
        args.add(appJar.toString());
        args.addAll(appArgs);
        Process driver = start("driver", args, "1g");
        try {
            if (!driver.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return -1;
            }
            return driver.exitValue();
        } finally {
            stop(driver);
        }
    }

    /** The last {@code lines} lines of every log, for a failure message. */
    String tailOfLogs(int lines) {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.walk(logs())) {
            for (Path log : files.filter(p -> p.toString().endsWith(".log") || p.endsWith("stderr")).sorted().toList()) {
                List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
                out.append("==> ").append(log).append('\n')
                        .append(String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()))).append('\n');
            }
        } catch (IOException | UncheckedIOException e) {
            out.append("(logs unreadable: ").append(e.getMessage()).append(")");
        }
        return out.toString();
    }

    /** Stops the worker's executors, the worker and the master, waiting for each. */
    @Override
    public void close() {
        for (int i = daemons.size() - 1; i >= 0; i--) {
            stop(daemons.get(i));
        }
        daemons.clear();
    }

    private static void stop(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** The layout spark-class expects: {@code jars/} (links to Spark's jars) and {@code conf/} (logging). */
    private void install(List<Path> sparkJars) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        int n = 0;
        for (Path jar : sparkJars) {
            Path link = jars.resolve(String.format("%03d-%s", n++, jar.getFileName()));
            Files.createSymbolicLink(link, jar.toAbsolutePath());
        }
        Path conf = Files.createDirectories(home.resolve("conf"));
        try (InputStream log4j = StandaloneCluster.class.getResourceAsStream("/log4j2.properties")) {
            if (log4j != null) {
                Files.copy(log4j, conf.resolve("log4j2.properties"));
            }
        }
    }

    private Process start(String name, List<String> mainAndArgs, String heap) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(javaFlags);
        command.add("-cp");
        command.add(home.resolve("jars") + File.separator + "*" + File.pathSeparator + home.resolve("conf"));
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs().resolve(name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_CONF_DIR", home.resolve("conf").toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        // spark-class's load-spark-env.sh sets it; without it the worker's launcher looks for a source build
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.remove("SPARK_TESTING");
        return builder.start();
    }

    private void awaitWorker(int masterUi, Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Process daemon : daemons) {
                if (!daemon.isAlive()) {
                    throw new IOException("a Spark daemon exited with " + daemon.exitValue() + ":\n" + tailOfLogs(30));
                }
            }
            try {
                Matcher alive = ALIVE_WORKERS.matcher(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
                if (alive.find() && Integer.parseInt(alive.group(1)) > 0) {
                    return;
                }
            } catch (IOException notYet) {
                // the master's web UI is not up yet
            }
            Thread.sleep(1000);
        }
        throw new IOException("no worker registered with " + masterUrl + " within " + timeout + ":\n" + tailOfLogs(30));
    }

    /** Spark's Java 17 flags, as the build filtered them into the job's resources. */
    private static List<String> javaFlags() throws IOException {
        try (InputStream flags = StandaloneCluster.class.getResourceAsStream("/org/parley/spark/jvm-options.txt")) {
            if (flags == null) {
                return List.of();
            }
            return List.of(new String(flags.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
