package vn.edudx.collect.internal;

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
 * The heap a phase needed, from the collectors' own reports (polling would miss the peaks): the
 * highest use just before a collection (live data and garbage) and just after one (close to the
 * live data, which is what a smaller heap would have to hold).
 */
final class HeapPeak implements NotificationListener, AutoCloseable {

  private final Set<String> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .map(p -> p.getName())
          .collect(Collectors.toSet());
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final AtomicLong before = new AtomicLong();
  private final AtomicLong after = new AtomicLong();

  HeapPeak() {
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
    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
    before.accumulateAndGet(heap(info.getMemoryUsageBeforeGc()), Math::max);
    after.accumulateAndGet(heap(info.getMemoryUsageAfterGc()), Math::max);
  }

  private long heap(Map<String, MemoryUsage> pools) {
    return pools.entrySet().stream()
        .filter(e -> heapPools.contains(e.getKey()))
        .mapToLong(e -> e.getValue().getUsed())
        .sum();
  }

  /** Starts a phase: forgets the peaks seen so far. */
  void reset() {
    before.set(used());
    after.set(0);
  }

  /** The highest use since {@link #reset()}, garbage included. */
  long peak() {
    return Math.max(before.get(), used());
  }

  /** The highest use left after a collection since {@link #reset()}; 0 if none ran. */
  long peakAfterCollection() {
    return after.get();
  }

  /** The live data now, after full collections. */
  long settled() {
    System.gc();
    System.gc();
    return used();
  }

  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static long collectionMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
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
