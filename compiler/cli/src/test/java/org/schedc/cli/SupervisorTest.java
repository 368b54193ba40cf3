package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.schedc.bpf.loader.LoadException;
import org.schedc.bpf.loader.SchedExt;
import org.schedc.bpf.loader.SchedExtExit;

/**
 * The supervisor's decisions against a scripted kernel: what it does when the kernel ejects the policy, when the
 * old registration is slow to go, when a re-load fails, and when the user stops it. The kernel tests
 * (RunInKernelTest) prove the same loop against real hotplug; these pin down the paths a real kernel rarely takes.
 */
class SupervisorTest {
    /** A kernel whose sched_ext state the test scripts; "loads" fail while {@link #loadFailures} is positive. */
    static final class Scripted implements Supervisor.Registration {
        final String name;
        String state = "enabled", ops;
        /** What the kernel log says about the next ejection (null: nothing logged). */
        SchedExtExit exit;

        Scripted() {
            this("pol");
        }

        Scripted(String name) {
            this.name = name;
            this.ops = name;
        }
        boolean pinned = true;
        long seq = 1;
        int loadFailures, loads, removals, polls;
        /** States {@link #awaitDisabled} reports, one per call; "disabled" once empty. */
        final Deque<String> disabling = new ArrayDeque<>();
        Runnable onPoll = () -> {};

        public String opsName() { return name; }
        /** The kernel log's newest record: {@link #logNow}. */
        double logTime = 1.0;

        public double logNow() { return logTime; }
        public Optional<SchedExtExit> exitSince(double since, long waitMillis) {
            return Optional.ofNullable(exit).filter(e -> e.seconds() > since);
        }
        public boolean pinned() { return pinned; }

        public SchedExt state() {
            polls++;
            onPoll.run();
            return new SchedExt(state, ops, seq);
        }

        public void remove() {
            removals++;
            pinned = false;
        }

        public SchedExt awaitDisabled(long millis) {
            String s = disabling.isEmpty() ? "disabled" : disabling.poll();
            if (s.equals("disabled")) ops = "";
            state = s;
            return new SchedExt(s, ops, seq);
        }

        public void load() throws LoadException {
            loads++;
            if (loadFailures > 0) {
                loadFailures--;
                throw LoadException.input("E0913", "registration refused: device or resource busy");
            }
            pinned = true;
            state = "enabled";
            ops = name;
            seq++;
        }

        public SchedExt awaitEnabled() { return new SchedExt(state, ops, seq); }

        void eject() {
            state = "disabling";
            ops = name;
        }
    }

    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private int supervise(Scripted k) throws InterruptedException {
        return supervise(k, null);
    }

    private int supervise(Scripted k, Scripted fallback) throws InterruptedException {
        return new Supervisor(k, fallback, new PrintWriter(out, true), new PrintWriter(err, true), 1, 0.5).run();
    }

    @Test
    void anErrorExitIsReportedWithTheKernelsReasonAndNotRestarted() throws Exception {
        Scripted k = new Scripted();
        k.exit = new SchedExtExit("pol", "scx_bpf_error", "boomtrigger ran", true, 3.5);
        k.onPoll = () -> {
            if (k.polls == 2) k.eject();
        };
        assertEquals(Main.INPUT_ERRORS, supervise(k));
        assertEquals(0, k.loads, "not registered again");
        assertFalse(k.pinned, "nothing left pinned");
        assertEquals("schedc run: error[E0926]: pol was ejected by the kernel with an error (scx_bpf_error: boomtrigger ran);"
                + " not registering it again (--fallback names a policy to switch to)", err.toString().strip());
    }

    @Test
    void anErrorExitBeforeTheSupervisorStartsIsStillAnError() throws Exception {
        // the policy failed between its registration (log time 0.5) and the supervisor's first look (log at 7.0):
        // seen in a kernel, where a task that trips error() ran within milliseconds of the enable
        Scripted k = new Scripted();
        k.exit = new SchedExtExit("pol", "scx_bpf_error", "early", true, 0.8);
        k.logTime = 7.0;
        k.state = "disabled";
        k.ops = "";
        assertEquals(Main.INPUT_ERRORS, supervise(k));
        assertEquals(0, k.loads, "not registered again");
        assertTrue(err.toString().contains("error[E0926]: pol was ejected by the kernel with an error (scx_bpf_error: early)"), err.toString());
    }

    @Test
    void anErrorExitSwitchesToTheFallbackWhichIsThenSupervised() throws Exception {
        Scripted k = new Scripted(), fb = new Scripted("safe");
        fb.pinned = false;
        fb.state = "disabled";
        k.exit = new SchedExtExit("pol", "runnable task stall", "", true, 3.5);
        fb.exit = new SchedExtExit("safe", "unregistered from the main kernel", "", false, 9);
        // the supervisor reads the state through whichever registration it watches; both scripts share the clock
        k.onPoll = () -> {
            if (k.polls == 2) k.eject();
        };
        fb.onPoll = () -> {
            if (fb.polls == 5) fb.eject();         // a hotplug ejects the fallback: restartable
            if (fb.polls == 40) fb.pinned = false; // then `schedc stop`
        };
        assertEquals(Main.OK, supervise(k, fb), err.toString());
        assertEquals(0, k.loads);
        assertEquals(2, fb.loads, "the fallback loaded, then registered again after its restartable exit: " + out);
        String text = out.toString();
        assertTrue(text.contains("pol was ejected by the kernel with an error (runnable task stall); switching to the fallback safe"), text);
        assertTrue(text.contains("safe was ejected by the kernel (state disabling, ops 'safe': unregistered from the main kernel); registering it again"), text);
        assertTrue(text.contains("safe enabled again in"), text);
        assertTrue(err.toString().isEmpty(), err.toString());
    }

    @Test
    void anEjectionWhoseCleanupIsSlowAndWhoseFirstReloadFailsIsStillReRegistered() throws Exception {
        Scripted k = new Scripted();
        k.disabling.add("disabling"); // the old registration outlives the first wait
        k.loadFailures = 1;           // and the kernel refuses the first load after it
        k.onPoll = () -> {
            if (k.polls == 3) k.eject();
            if (k.polls == 40) k.pinned = false; // `schedc stop` once it runs again
        };
        int code = supervise(k);
        assertEquals(Main.OK, code, err.toString());
        assertEquals(2, k.loads, "the slow cleanup is waited out, the refused load retried, then the load succeeds: " + out);
        assertEquals(2, k.seq, "registered again exactly once");
        String text = out.toString();
        assertEquals(1, text.split("was ejected by the kernel", -1).length - 1, text);
        assertTrue(text.contains("pol enabled again in"), text);
        assertTrue(text.strip().endsWith("was stopped (its link pin is gone); exiting"), text);
        assertTrue(err.toString().contains("error[E0915]") && err.toString().contains("error[E0913]"), err.toString());
    }

    @Test
    void aPinRemovedByTheSupervisorItselfIsNotMistakenForAStop() throws Exception {
        Scripted k = new Scripted();
        k.loadFailures = 2;
        k.onPoll = () -> {
            if (k.polls == 2) k.eject();
            if (k.polls == 30) k.pinned = false;
        };
        assertEquals(Main.OK, supervise(k), err.toString());
        assertEquals(3, k.loads, out.toString());
        assertTrue(out.toString().contains("enabled again"), out.toString());
    }

    @Test
    void repeatedFailuresGiveUpWithE0916AndLeaveNothingPinned() throws Exception {
        Scripted k = new Scripted();
        k.loadFailures = Integer.MAX_VALUE;
        k.onPoll = () -> {
            if (k.polls == 2) k.eject();
        };
        int code = supervise(k);
        assertEquals(RunCommand.MAX_RESTARTS, k.loads);
        assertTrue(code != Main.OK, "a supervisor that gave up does not exit 0 (systemd restarts it): " + code);
        assertTrue(err.toString().contains("error[E0916]: giving up after " + RunCommand.MAX_RESTARTS), err.toString());
        assertFalse(k.pinned, "nothing left pinned");
    }

    @Test
    void enablingIsWaitedForNotRestarted() throws Exception {
        Scripted k = new Scripted();
        k.state = "enabling";
        k.onPoll = () -> {
            if (k.polls == 10) k.state = "enabled";
            if (k.polls == 20) k.pinned = false;
        };
        assertEquals(Main.OK, supervise(k));
        assertEquals(0, k.loads, out.toString());
        assertEquals(0, k.removals);
    }
}
