package org.schedc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.schedc.bpf.sys.BpfException;
import org.schedc.control.PolicyMapException;
import org.schedc.control.PolicyMaps;
import org.schedc.control.PolicyName;
import org.schedc.control.TagKind;
import org.schedc.control.TagNames;
import org.schedc.control.TagTarget;
import org.schedc.control.TagTargets;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code schedc tag set|get|clear|list}: labels tasks, processes, cgroups and users in a loaded policy's pinned tag
 * maps (docs/runtime-abi.md). Every map is checked to be the policy's tag map before it is touched.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Set, show, clear or list the tags of a loaded policy (its pinned P_tags_* maps).",
        subcommands = {TagCommand.Set.class, TagCommand.Get.class, TagCommand.Clear.class, TagCommand.ListTags.class})
final class TagCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("schedc tag: missing subcommand: set, get, clear or list");
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE;
    }

    /** Options every subcommand has. */
    static final class PolicyOptions {
        @Option(names = "--policy", required = true, paramLabel = "NAME", description = "the policy's name (its maps are NAME_tags_*)")
        String policy;

        @Option(names = "--pin-root", paramLabel = "DIR", description = "where the policy's maps are pinned (default: ${DEFAULT-VALUE})")
        Path pinRoot = Path.of("/sys/fs/bpf");
    }

    /** Exactly one of the four kinds of target. */
    static final class TargetOptions {
        @Option(names = "--pid", paramLabel = "N", description = "a thread (task) id") Long pid;
        @Option(names = "--tgid", paramLabel = "N", description = "a process (thread-group) id") Long tgid;
        @Option(names = "--cgroup", paramLabel = "PATH", description = "a cgroup directory (absolute, or relative to /sys/fs/cgroup)") String cgroup;
        @Option(names = "--cgroup-id", paramLabel = "ID", description = "a cgroup id as 'tag list' prints it") Long cgroupId;
        @Option(names = "--uid", paramLabel = "N", description = "a user id") Long uid;

        TagTarget resolve(TagTargets targets, boolean mustExist) throws PolicyMapException {
            if (pid != null) return targets.pid(pid, mustExist);
            if (tgid != null) return targets.tgid(tgid, mustExist);
            if (cgroup != null) return targets.cgroup(cgroup);
            if (cgroupId != null) return targets.cgroupId(cgroupId);
            return targets.uid(uid);
        }
    }

    /** Shared run logic: usage errors are 2, policy-map problems carry their own code; nothing escapes as a trace. */
    abstract static class Action implements Callable<Integer> {
        @CommandLine.Mixin PolicyOptions options;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public final Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try {
                String policy = PolicyName.require(options.policy);
                return run(policy, options.pinRoot, spec.commandLine().getOut());
            } catch (PolicyMapException e) {
                err.println("schedc tag: error: " + e.getMessage());
                return e.exitCode();
            } catch (BpfException e) {
                PolicyMapException p = PolicyMaps.translate(e, "");
                err.println("schedc tag: error: " + p.getMessage());
                return p.exitCode();
            }
        }

        abstract int run(String policy, Path pinRoot, PrintWriter out) throws PolicyMapException, BpfException;
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Tag a task, process, cgroup or user (replaces its tag).")
    static final class Set extends Action {
        @ArgGroup(exclusive = true, multiplicity = "1") TargetOptions target;
        @Parameters(index = "0", paramLabel = "TAG", description = "a tag the policy declares") String tag;

        @Override
        int run(String policy, Path pinRoot, PrintWriter out) throws PolicyMapException, BpfException {
            TagTarget t = target.resolve(TagTargets.system(), true);
            try (var m = PolicyMaps.openTags(pinRoot, policy, t.kind())) {
                long n = m.names().number(tag);
                m.map().update(t.key(), TagNames.encode(n));
                out.println("tagged " + t.display() + " as " + tag + " (policy " + policy + ")");
                return Main.OK;
            }
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Print the tag set for a task, process, cgroup or user ('none' when untagged).")
    static final class Get extends Action {
        @ArgGroup(exclusive = true, multiplicity = "1") TargetOptions target;

        @Override
        int run(String policy, Path pinRoot, PrintWriter out) throws PolicyMapException, BpfException {
            TagTarget t = target.resolve(TagTargets.system(), false);
            try (var m = PolicyMaps.openTags(pinRoot, policy, t.kind())) {
                Optional<byte[]> v = m.map().lookup(t.key());
                out.println(t.display() + ": " + v.map(b -> m.names().name(TagNames.decode(b))).orElse("none"));
                return Main.OK;
            }
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true, description = "Untag a task, process, cgroup or user (it may have exited).")
    static final class Clear extends Action {
        @ArgGroup(exclusive = true, multiplicity = "1") TargetOptions target;

        @Override
        int run(String policy, Path pinRoot, PrintWriter out) throws PolicyMapException, BpfException {
            TagTarget t = target.resolve(TagTargets.system(), false);
            try (var m = PolicyMaps.openTags(pinRoot, policy, t.kind())) {
                Optional<byte[]> before = m.map().lookup(t.key());
                boolean removed = m.map().delete(t.key());
                out.println(removed
                        ? "cleared " + t.display() + " (was " + before.map(b -> m.names().name(TagNames.decode(b))).orElse("?") + ")"
                        : t.display() + " was not tagged");
                return Main.OK;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every tag set in the policy's four tag maps: KIND ID TAG lines.")
    static final class ListTags extends Action {
        @Override
        int run(String policy, Path pinRoot, PrintWriter out) throws PolicyMapException, BpfException {
            var lines = new ArrayList<String>();
            // A policy may leave out tag maps it never reads; list what is there, fail only when none is.
            List<TagKind> present = Arrays.stream(TagKind.values())
                    .filter(k -> Files.exists(pinRoot.resolve(k.mapName(policy)))).toList();
            for (TagKind kind : present.isEmpty() ? List.of(TagKind.TASK) : present) {
                try (var m = PolicyMaps.openTags(pinRoot, policy, kind)) {
                    List<byte[]> keys = new ArrayList<>(m.map().keys());
                    keys.sort(Comparator.comparingLong(kind::id));
                    for (byte[] key : keys) {
                        // A key deleted between next_key and lookup is simply gone.
                        m.map().lookup(key).ifPresent(v ->
                                lines.add(kind.label() + " " + kind.id(key) + " " + m.names().name(TagNames.decode(v))));
                    }
                }
            }
            lines.forEach(out::println);
            return Main.OK;
        }
    }
}
