package org.fusioncentre.coordination;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fusioncentre.access.Audience;
import org.jspecify.annotations.Nullable;

/**
 * The coordination module's entry point. Every call names who acts or reads: an account sees the
 * committees, directives and assignments of its jurisdiction (a district member their own
 * committee's, a provincial member their province's and its districts'), and acts as a member of
 * committees — recorded members, and COMMITTEE_MEMBER accounts on their own jurisdiction's
 * committee. Every change is audited. Refusals throw {@link CoordinationRejected}, changing nothing.
 */
public interface Coordination {
    /** Creates the committees of units the gazetteer has and the store does not; returns how many. */
    int syncCommittees();

    /** Every committee, parents before children. Committees are not secret: everyone sees the tree. */
    List<Committee> committees();

    Optional<Committee> committee(UUID id);

    /** The members of a committee the audience may see (its jurisdiction holds the committee's unit). */
    List<Member> members(UUID committeeId, Audience who);

    /**
     * Records (or changes) a member's role; the caller must be an administrator or the operator, and
     * the account's jurisdiction must hold the committee's unit.
     */
    Member addMember(UUID committeeId, String username, CommitteeRole role, Audience who);

    Directive issue(NewDirective directive, Audience who);

    Optional<Directive> directive(UUID id, Audience who);

    /**
     * Directives the reader may see, newest first, those holding an assignment of the committee
     * when given, with an assignment in that status when given, overdue ones only when asked.
     */
    List<Directive> directives(
            @Nullable UUID committeeId, @Nullable AssignmentStatus status, boolean overdueOnly, Audience who);

    /**
     * Cascades an assignment to committees below the assignee (empty: all of them) as a child
     * directive with the assignee's own instructions and a due date no later than the assignment's.
     */
    Directive cascade(
            UUID assignmentId,
            List<UUID> assigneeCommitteeIds,
            @Nullable String instructions,
            LocalDate dueDate,
            Audience who);

    /** Moves an assignment along its workflow; COMPLETED needs evidence, BLOCKED and REOPENED a note. */
    Assignment transition(
            UUID assignmentId, AssignmentStatus to, @Nullable String note, List<EvidenceItem> evidence, Audience who);

    /**
     * The statuses the audience may move an assignment to now: the assignee's moves for members of
     * its committee, the issuer's for members of the issuing committee; empty for anyone else.
     */
    java.util.Set<AssignmentStatus> moves(UUID assignmentId, Audience who);

    /** An evidence file's bytes, if the reader may see its assignment. */
    Optional<EvidenceFile> evidenceFile(UUID evidenceId, Audience who);

    record EvidenceFile(String filename, String contentType, byte[] content) {}

    /**
     * Escalates every assignment not acknowledged in time, and every one past its due date and not
     * done, to the committee above its own, once per cause; returns how many escalations it made.
     */
    int escalate();

    Compliance compliance(UUID committeeId, Audience who);

    List<Notification> notifications(UUID committeeId, Audience who);

    /** Records a meeting, its decisions and the directives each decision issues (the decision register). */
    Meeting recordMeeting(
            UUID committeeId, LocalDate heldOn, List<String> agenda, List<MeetingDecision> decisions, Audience who);

    record MeetingDecision(String text, List<NewDirective> directives) {
        public MeetingDecision {
            directives = List.copyOf(directives);
        }
    }

    List<Meeting> meetings(UUID committeeId, Audience who);
}
