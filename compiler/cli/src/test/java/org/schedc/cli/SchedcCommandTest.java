package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The lazily registered command tree answers as the whole tree does. */
class SchedcCommandTest {
    @Test
    void everyTableNameIsItsCommandsOwnName() {
        SchedcCommand.COMMANDS.forEach((name, make) -> {
            Command c = make.get().getClass().getAnnotation(Command.class);
            assertEquals(name, c.name(), make.get().getClass().getSimpleName());
        });
    }

    @Test
    void aNamedCommandRegistersOnlyItselfAndTheRestRegisterAll() {
        assertEquals(List.of("run"), List.copyOf(SchedcCommand.tree(new String[] {"run", "x.bpf.o"}).getSubcommands().keySet()));
        List<String> all = List.copyOf(SchedcCommand.COMMANDS.keySet());
        for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"compil"}, new String[] {"-x", "run"})) {
            CommandLine cl = SchedcCommand.tree(args);
            assertEquals(all, List.copyOf(cl.getSubcommands().keySet()), String.join(" ", args));
        }
    }

    @Test
    void subcommandHelpAndErrorsAreTheSameEitherWay() {
        for (String[] args : List.of(new String[] {"run", "--help"}, new String[] {"tag", "set", "--help"}, new String[] {"status", "--bogus"},
                new String[] {"gen", "java"}, new String[] {"stop", "extra"})) {
            String lazy = run(args, SchedcCommand.tree(args)), whole = run(args, SchedcCommand.tree(new String[] {}));
            assertEquals(whole, lazy, String.join(" ", args));
            assertTrue(!lazy.isBlank(), String.join(" ", args));
        }
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        var out = new StringWriter();
        var err = new StringWriter();
        int rc = SchedcCommand.execute(new String[] {"stauts"}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(Main.USAGE, rc);
        assertTrue(err.toString().startsWith("schedc: Unmatched argument at index 0: 'stauts'"), err.toString());
    }

    private static String run(String[] args, CommandLine cl) {
        var text = new StringWriter();
        cl.setOut(new PrintWriter(text));
        cl.setErr(new PrintWriter(text));
        cl.setParameterExceptionHandler((e, a) -> {
            text.append("usage error: ").append(e.getMessage());
            return Main.USAGE;
        });
        int rc = cl.execute(args);
        return rc + "\n" + text;
    }
}
