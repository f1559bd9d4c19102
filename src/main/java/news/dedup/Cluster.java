package news.dedup;

import java.util.List;
import java.util.Objects;

/**
 * A group of duplicate articles, connected by verified pairs only.
 *
 * @param clusterId       stable id within a run ("c1", "c2"... in input order of the canonical)
 * @param canonical       id of the copy to keep
 * @param canonicalReason why that copy was chosen
 * @param members         every member, canonical first, then in input order
 */
public record Cluster(String clusterId, String canonical, String canonicalReason, List<Member> members) {
    public Cluster {
        Objects.requireNonNull(clusterId);
        Objects.requireNonNull(canonical);
        Objects.requireNonNull(canonicalReason);
        members = List.copyOf(members);
        if (members.size() < 2) throw new IllegalArgumentException("a cluster has at least two members");
        if (!members.get(0).id().equals(canonical) || members.get(0).relation() != Relation.CANONICAL) {
            throw new IllegalArgumentException("first member must be the canonical");
        }
    }

    /**
     * One member and its exact scores against the canonical.
     *
     * @param id          article id
     * @param jaccard     exact shingle Jaccard with the canonical
     * @param containment share of this member's shingles found in the canonical
     * @param relation    exact, contained, near_duplicate, or canonical
     */
    public record Member(String id, double jaccard, double containment, Relation relation) {
        public Member {
            Objects.requireNonNull(id);
            Objects.requireNonNull(relation);
            if (jaccard < 0 || jaccard > 1 || containment < 0 || containment > 1) {
                throw new IllegalArgumentException("scores must be in [0, 1]");
            }
        }
    }
}
