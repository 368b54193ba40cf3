package org.schedc.control;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/** Sums each counter over the possible CPUs' copies of the single stats value (wrapping, as unsigned 64-bit). */
public final class StatsReader {
    private StatsReader() {
    }

    public static SequencedMap<String, Long> sum(StatsLayout layout, List<byte[]> perCpuValues) {
        var sums = new LinkedHashMap<String, Long>();
        for (int i = 0; i < layout.counters().size(); i++) {
            long total = 0;
            for (byte[] v : perCpuValues) {
                total += ByteBuffer.wrap(v).order(ByteOrder.LITTLE_ENDIAN).getLong(layout.offsets().get(i));
            }
            sums.put(layout.counters().get(i), total);
        }
        return sums;
    }
}
