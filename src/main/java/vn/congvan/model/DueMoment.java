package vn.congvan.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The one rule for "is it late": a deadline falls at its time of day in Vietnam ("trước 16 giờ 30 ngày
 * 12/3/2021" at 16:30), or at the end of its day when none is stated, and it has passed from that moment
 * on. Every status, the overdue list, reminders, reports and the window judge through here.
 */
public final class DueMoment {
    /** Offices keep Vietnam's clock, whatever the machine's zone. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private DueMoment() {
    }

    /** When a deadline falls, on Vietnam's wall clock: its time of day, else the next midnight. */
    public static LocalDateTime of(LocalDate deadline, LocalTime time) {
        return time == null ? deadline.plusDays(1).atStartOfDay() : deadline.atTime(time);
    }

    /** Whether the deadline has passed at {@code now} (Vietnam's wall clock); never when there is no deadline. */
    public static boolean passed(LocalDate deadline, LocalTime time, LocalDateTime now) {
        return deadline != null && !now.isBefore(of(deadline, time));
    }

    /** An instant on Vietnam's wall clock. */
    public static LocalDateTime inVietnam(Instant at) {
        return LocalDateTime.ofInstant(at, VIETNAM);
    }

    /**
     * A day named by the user ("status --today 12/3/2021") is judged at its last moment: everything due that
     * day, at whatever time, has passed; a deadline of the next day has not.
     */
    public static LocalDateTime endOf(LocalDate day) {
        return day.atTime(LocalTime.MAX);
    }
}
