-- The query-side processes that are alive, each beating here about once a second. A process
-- counts the nodes seen within the token claim timeout and claims at most its share of each
-- projection's segments (QueryNodes): with two nodes on four segments each processes two, and
-- when one stops beating the other takes the rest once their claims have timed out.
CREATE TABLE query_node (
    node_id  VARCHAR(255) NOT NULL PRIMARY KEY,
    seen_at  TIMESTAMPTZ  NOT NULL
);
