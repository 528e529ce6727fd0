package gov.petition.launcher;

import gov.petition.infra.DevTokens;
import gov.petition.infra.Ports;
import gov.petition.infra.RepoPaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * {@code run [--detach]}, {@code stop} and {@code token <officialId>}: the commands behind the scripts in
 * deploy/local.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "run" : args[0];
        Path repo = RepoPaths.root();
        SuiteSettings settings = SuiteSettings.local(repo);
        switch (command) {
            case "run" -> {
                if (List.of(args).contains("--detach")) {
                    detach(settings);
                } else {
                    runInForeground(settings);
                }
            }
            case "stop" -> stop(settings);
            case "token" -> {
                if (args.length < 2) {
                    System.err.println("usage: token <officialId>   e.g. token xd.a.1");
                    System.exit(2);
                }
                System.out.println(DevTokens.forOfficial(args[1]));
            }
            default -> {
                System.err.println("usage: run [--detach] | stop | token <officialId>");
                System.exit(2);
            }
        }
    }

    private static void runInForeground(SuiteSettings settings) throws Exception {
        LocalSuite suite = new LocalSuite(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the petition suite...");
            suite.close();
            stopped.countDown();
        }, "stop-suite"));
        try {
            suite.start();
        } catch (Exception e) {
            System.err.println("The suite did not start: " + e.getMessage());
            System.exit(1);
        }
        Files.writeString(settings.stateDir().resolve("pids/launcher.pid"), Long.toString(ProcessHandle.current().pid()));
        System.out.println(suite.describe());
        System.out.println("  Ctrl-C stops everything.");
        stopped.await();
    }

    /** Runs the foreground launcher in the background and returns once all five services are ready. */
    private static void detach(SuiteSettings settings) throws Exception {
        Path logs = settings.stateDir().resolve("logs");
        Files.createDirectories(logs);
        if (SuiteService.ALL.stream().allMatch(s -> Ports.isOpen("127.0.0.1", settings.port(s.name())))) {
            LocalSuite probe = new LocalSuite(settings);
            if (SuiteService.ALL.stream().allMatch(s -> probe.ready(s.name()))) {
                System.out.println("The petition suite is already running (deploy/local/stop stops it).");
                return;
            }
        }
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid"); // its own session: closing the terminal does not stop it
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "run"));
        Path log = logs.resolve("launcher.log");
        Process p = new ProcessBuilder(command).directory(settings.repo().toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        LocalSuite probe = new LocalSuite(settings);
        boolean up = Ports.await(Duration.ofMinutes(5), () -> !p.isAlive()
                || SuiteService.ALL.stream().allMatch(s -> probe.ready(s.name())));
        if (!up || !p.isAlive()) {
            System.err.println("The suite did not start; see " + log);
            System.exit(1);
        }
        Ports.await(Duration.ofSeconds(10), () -> summary(log).isPresent());
        summary(log).ifPresent(System.out::println);
        System.out.println("Running in the background (log " + log + "); deploy/local/stop stops it.");
    }

    /** Asks every process the launcher started to stop: the launchers first, which stop their children cleanly. */
    private static void stop(SuiteSettings settings) throws IOException, InterruptedException {
        Path pids = settings.stateDir().resolve("pids");
        if (!Files.isDirectory(pids)) {
            System.out.println("Nothing to stop.");
            return;
        }
        List<String> order = List.of("launcher", "intake-service", "routing-service", "handling-service",
                "evaluation-service", "notification-service", "kafka", "postgres");
        int stopped = 0;
        for (String name : order) {
            Path file = pids.resolve(name + ".pid");
            Optional<ProcessHandle> process = readPid(file).flatMap(ProcessHandle::of);
            if (process.isPresent() && process.get().isAlive()) {
                process.get().destroy();
                try {
                    process.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    process.get().destroyForcibly();
                }
                System.out.println("stopped " + name + " (pid " + process.get().pid() + ")");
                stopped++;
            }
            Files.deleteIfExists(file);
        }
        try (Stream<Path> rest = Files.list(pids)) {
            for (Path f : rest.toList()) {
                readPid(f).flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroy);
                Files.deleteIfExists(f);
            }
        }
        System.out.println(stopped == 0 ? "Nothing was running." : "The petition suite is stopped.");
    }

    private static Optional<String> summary(Path log) {
        try {
            String text = Files.readString(log);
            int last = text.lastIndexOf("Petition lifecycle suite is up.");
            int end = text.indexOf("Ctrl-C", last);
            return last < 0 || end < 0 ? Optional.empty() : Optional.of(text.substring(last, end).stripTrailing());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> readPid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
