package org.schedc.lsp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Open documents and their analyses. All analysis runs on one worker thread (the kernel schemas are
 * not thread-safe and the machine is small); diagnostics after an edit are debounced, and an
 * analysis whose document changed meanwhile is skipped or its result dropped. Requests get the
 * analysis of the current text, or their fallback answer after {@link #REQUEST_TIMEOUT_MS}.
 */
final class AnalysisService implements AutoCloseable {
    static final long REQUEST_TIMEOUT_MS = 10_000;

    private static final class Doc {
        final String text;
        final int version;
        volatile Analysis analysis;
        Doc(String text, int version) {
            this.text = text;
            this.version = version;
        }
    }

    private final Analyzer analyzer;
    private final long debounceMs;
    private final Map<String, Doc> docs = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor worker;
    private final ScheduledThreadPoolExecutor timer;

    AnalysisService(Analyzer analyzer, long debounceMs) {
        this.analyzer = analyzer;
        this.debounceMs = debounceMs;
        // A big stack: the parser and checker recurse along the (bounded) nesting of the input.
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(null, r, "schedc-lsp-analysis", 256L << 20);
            t.setDaemon(true);
            return t;
        });
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "schedc-lsp-debounce");
            t.setDaemon(true);
            return t;
        });
        // A cancelled debounce (every edit cancels the previous one) leaves the queue at once, with the text it holds.
        timer.setRemoveOnCancelPolicy(true);
    }

    /** What the service holds, for the bound on memory: documents (each with at most one analysis), timers, queued jobs. */
    record Retained(int documents, int analyses, int pendingTimers, int scheduledTasks, int queuedJobs) {}

    Retained retained() {
        int analyses = 0;
        for (Doc d : docs.values()) if (d.analysis != null) analyses++;
        return new Retained(docs.size(), analyses, pending.size(), timer.getQueue().size(), worker.getQueue().size());
    }

    /** The current text of an open document. */
    Optional<String> text(String uri) {
        Doc doc = docs.get(uri);
        return doc == null ? Optional.empty() : Optional.of(doc.text);
    }

    /** Records new text; {@code publish} gets the analysis of this text unless it changes again first. */
    synchronized void update(String uri, String text, int version, boolean immediately, Consumer<Analysis> publish) {
        Doc doc = new Doc(text, version);
        docs.put(uri, doc);
        ScheduledFuture<?> old = pending.remove(uri);
        if (old != null) old.cancel(false);
        Runnable job = () -> {
            try {
                worker.execute(() -> {
                    if (docs.get(uri) != doc) return; // stale: a newer edit has its own job
                    Analysis a = analysisOf(uri, doc);
                    if (docs.get(uri) == doc) publish.accept(a);
                });
            } catch (java.util.concurrent.RejectedExecutionException e) { /* shutting down */ }
        };
        try {
            pending.put(uri, timer.schedule(job, immediately ? 0 : debounceMs, TimeUnit.MILLISECONDS));
        } catch (java.util.concurrent.RejectedExecutionException e) { /* shutting down */ }
    }

    /** Publishes the current text's diagnostics again (on save: the client may have hidden them). */
    void republish(String uri, Consumer<Analysis> publish) {
        Doc doc = docs.get(uri);
        if (doc == null) return;
        try {
            worker.execute(() -> {
                if (docs.get(uri) == doc) publish.accept(analysisOf(uri, doc));
            });
        } catch (java.util.concurrent.RejectedExecutionException e) { /* shutting down */ }
    }

    synchronized void close(String uri) {
        docs.remove(uri);
        ScheduledFuture<?> old = pending.remove(uri);
        if (old != null) old.cancel(false);
    }

    /** Runs {@code f} on the analysis of the document's current text; {@code fallback} if it is not open, fails or takes too long. */
    <T> CompletableFuture<T> withAnalysis(String uri, Function<Analysis, T> f, T fallback) {
        Doc doc = docs.get(uri);
        if (doc == null) return CompletableFuture.completedFuture(fallback);
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            worker.execute(() -> {
                if (result.isDone()) return; // the client gave up or the timeout answered already
                try {
                    result.complete(f.apply(analysisOf(uri, doc)));
                } catch (RuntimeException | StackOverflowError e) {
                    ServerLog.log("request on " + uri + " failed: " + e);
                    result.complete(fallback);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.completedFuture(fallback);
        }
        return result.completeOnTimeout(fallback, REQUEST_TIMEOUT_MS, TimeUnit.MILLISECONDS);
    }

    /** The kernel's callback rules, as the checker applies them (hover shows where a builtin is allowed). */
    org.schedc.kabi.KfuncRules rules() { return analyzer.rules(); }

    /** The kernels hover and completion describe: the file's targets, else every bundled kernel. Worker thread only. */
    List<org.schedc.kabi.Kabi> kernelsFor(Analysis a) {
        return a.targets().isEmpty() ? analyzer.bundledKernels() : a.targets();
    }

    private Analysis analysisOf(String uri, Doc doc) {
        Analysis a = doc.analysis;
        if (a == null) {
            a = analyzer.analyze(uri, doc.version, doc.text);
            doc.analysis = a;
        }
        return a;
    }

    @Override public void close() {
        timer.shutdownNow();
        worker.shutdownNow();
    }
}
