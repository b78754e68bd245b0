package vn.edudx.scoring.drools.internal.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap use during a phase, read from the collector's own reports rather than by polling (which
 * would need a sleeping thread and still miss the peaks between two polls).
 *
 * <p>Every collection reports the heap's use just before it (the highest point reached since the
 * previous one: live data plus garbage) and just after it (close to the live data; after a young
 * collection it still includes old garbage). The first bounds what the heap had to hold; the second
 * is close to what a smaller heap would need. {@link #settledUsed()} gives the live data between
 * phases, after a full collection.
 */
final class HeapWatch implements NotificationListener, AutoCloseable {

  private final Set<String> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .map(p -> p.getName())
          .collect(Collectors.toSet());
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final AtomicLong peakBefore = new AtomicLong();
  private final AtomicLong peakAfter = new AtomicLong();

  HeapWatch() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter e) {
        e.addNotificationListener(this, null, null);
        emitters.add(e);
      }
    }
  }

  @Override
  public void handleNotification(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    peakBefore.accumulateAndGet(heap(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
    peakAfter.accumulateAndGet(heap(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
  }

  private long heap(Map<String, MemoryUsage> pools) {
    return pools.entrySet().stream()
        .filter(e -> heapPools.contains(e.getKey()))
        .mapToLong(e -> e.getValue().getUsed())
        .sum();
  }

  /** Starts a phase: forgets the peaks seen so far. */
  void reset() {
    long now = used();
    peakBefore.set(now);
    peakAfter.set(0);
  }

  /** The highest heap use seen since {@link #reset()} (at a collection, or now). */
  long peak() {
    return Math.max(peakBefore.get(), used());
  }

  /** The highest heap use left after a collection since {@link #reset()}; 0 if none ran. */
  long peakAfterCollection() {
    return peakAfter.get();
  }

  /** The live data: heap use after full collections (twice, so that finalized objects go too). */
  long settledUsed() {
    System.gc();
    System.gc();
    return used();
  }

  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static long maxHeap() {
    return Runtime.getRuntime().maxMemory();
  }

  /** The time the collectors have taken so far (pauses and concurrent work), in milliseconds. */
  static long collectionMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  static String collectors() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName)
        .collect(Collectors.joining(", "));
  }

  @Override
  public void close() {
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(this);
      } catch (ListenerNotFoundException ignored) {
        // Not registered: nothing to remove.
      }
    }
  }
}
