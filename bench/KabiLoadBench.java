import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.schedc.kabi.Kabi;
import org.schedc.kabi.KabiRegistry;

/**
 * Schema load time: how long `--kernel NAME` costs before type checking starts. Per bundled kernel
 * (and per full BTF path given as an argument): the first load in a fresh registry (what one compile
 * pays: resource read + BTF parse + validation) and the same after warm-up, plus one field lookup.
 * Run: bench/kabi-load.sh
 */
public class KabiLoadBench {
    public static void main(String[] args) throws Exception {
        List<String> kernels = new ArrayList<>(KabiRegistry.defaultKernels());
        kernels.addAll(List.of(args));
        for (String k : kernels) {
            long cold = time(k);
            List<Long> warm = new ArrayList<>();
            for (int i = 0; i < 30; i++) warm.add(time(k));
            Collections.sort(warm);
            Kabi kabi = new KabiRegistry().load(k);
            System.out.printf("%-48s types %6d  first load %7.2f ms  warm median %7.2f ms  p90 %7.2f ms%n",
                    k, kabi.btf().count(), cold / 1e6, warm.get(warm.size() / 2) / 1e6, warm.get(warm.size() * 9 / 10) / 1e6);
        }
    }

    private static long time(String kernel) throws Exception {
        long t0 = System.nanoTime();
        Kabi k = new KabiRegistry().load(kernel);
        if (k.member(k.struct("task_struct").orElseThrow(), "pid").isEmpty()) throw new AssertionError("no task_struct.pid");
        return System.nanoTime() - t0;
    }
}
