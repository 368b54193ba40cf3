package org.schedc.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The picocli command tree: every command line that {@link FastCompile} does not take goes through here. Subcommands
 * are registered from {@link #COMMANDS}: only the one a command line names when it names one (building picocli's model
 * of all 18 by reflection was most of a short command's start-up on a slow CPU), all of them for the top-level help,
 * an unknown name (picocli's suggestions) or a leading option.
 */
@Command(name = "schedc", mixinStandardHelpOptions = true, version = Main.VERSION,
        description = "Compiles CPU-scheduling policies to sched_ext BPF objects.")
final class SchedcCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Every subcommand by name, in the order the help lists them; {@code SchedcCommandTest} checks the names. */
    static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        var m = new LinkedHashMap<String, Supplier<Object>>();
        m.put("compile", CompileCommand::new);
        m.put("disasm", DisasmCommand::new);
        m.put("verify", VerifyCommand::new);
        m.put("kernels", KernelsCommand::new);
        m.put("kabi-snapshot", SnapshotCommand::new);
        m.put("tag", TagCommand::new);
        m.put("stats", StatsCommand::new);
        m.put("lsp", LspCommand::new);
        m.put("check", CheckCommand::new);
        m.put("fmt", FmtCommand::new);
        m.put("sim", SimCommand::new);
        m.put("run", RunCommand::new);
        m.put("upgrade", UpgradeCommand::new);
        m.put("status", StatusCommand::new);
        m.put("stop", StopCommand::new);
        m.put("sign", SignCommand::new);
        m.put("keygen", KeygenCommand::new);
        m.put("gen", GenCommand::new);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The command tree for {@code args}: the named subcommand alone when there is one, else all of them. */
    static CommandLine tree(String[] args) {
        CommandLine cl = new CommandLine(new SchedcCommand());
        Supplier<Object> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            cl.addSubcommand(args[0], named.get());
        } else {
            COMMANDS.forEach((name, make) -> cl.addSubcommand(name, make.get()));
        }
        return cl;
    }

    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = tree(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println(Main.internalError(e));
            return Main.INTERNAL;
        });
        cl.setParameterExceptionHandler((e, args1) -> {
            err.println("schedc: " + e.getMessage());
            err.println("Try 'schedc " + (e.getCommandLine().getCommandName().equals("schedc") ? "" : e.getCommandLine().getCommandName() + " ") + "--help'.");
            return Main.USAGE;
        });
        return cl.execute(args);
    }
}
