package io.mtdetect.serve.load;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the memory of the process that serves; -1 for what cannot be read. */
public interface MemoryProbe {
  /** Heap in use after the most recent collection: what the program holds, without garbage not yet collected. */
  long heapAfterGcBytes();

  long heapUsedBytes();

  /** The resident set of the process (VmRSS of /proc/PID/status). */
  long residentBytes();

  /** This JVM: heap from its management beans, resident set from /proc/self. */
  static MemoryProbe thisProcess() {
    return new MemoryProbe() {
      @Override
      public long heapAfterGcBytes() {
        long latest = -1;
        long bytes = -1;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
          if (gc instanceof com.sun.management.GarbageCollectorMXBean sun && sun.getLastGcInfo() != null
              && sun.getLastGcInfo().getEndTime() > latest) {
            latest = sun.getLastGcInfo().getEndTime();
            bytes = sun.getLastGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> isHeapPool(e.getKey()))
                .map(java.util.Map.Entry::getValue).mapToLong(MemoryUsage::getUsed).sum();
          }
        }
        return bytes;
      }

      @Override
      public long heapUsedBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      }

      @Override
      public long residentBytes() {
        return residentOf(Path.of("/proc/self/status"));
      }
    };
  }

  /** Another process on this machine (a running service): its resident set only. */
  static MemoryProbe process(long pid) {
    return residentOnly(Path.of("/proc", Long.toString(pid), "status"));
  }

  /** A service whose process is not known: no memory figures. */
  static MemoryProbe unknown() {
    return residentOnly(null);
  }

  /** The resident set read from a /proc status file ({@code null}: none), no heap figures. */
  private static MemoryProbe residentOnly(Path status) {
    return new MemoryProbe() {
      @Override
      public long heapAfterGcBytes() {
        return -1;
      }

      @Override
      public long heapUsedBytes() {
        return -1;
      }

      @Override
      public long residentBytes() {
        return status == null ? -1 : residentOf(status);
      }
    };
  }

  private static boolean isHeapPool(String pool) {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .anyMatch(p -> p.getName().equals(pool) && p.getType() == java.lang.management.MemoryType.HEAP);
  }

  /** VmRSS of a /proc status file in bytes; -1 where there is none (not Linux, process gone). */
  static long residentOf(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
