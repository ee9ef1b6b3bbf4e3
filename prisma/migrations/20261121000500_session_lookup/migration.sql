-- The session lookup runs on every signed-in request. It was a transaction of four round trips (BEGIN, choose
-- waiji_system, SELECT, COMMIT); this function makes it one statement. It is SECURITY DEFINER and owned by
-- waiji_system, so it runs under that role's row-level security policies (cross-tenant by design: the session
-- decides the tenant), while the login role itself still sees no tenant rows outside a role-bound transaction.
-- It finds a live session (not revoked, within the absolute and idle limits) by the sha256 of its token, with the
-- caller's role in the session's organization, and touches "lastSeenAt" at most once a minute.

CREATE FUNCTION waiji_find_session(token_hash text, idle_minutes int)
RETURNS TABLE (
  "id" uuid,
  "userId" uuid,
  "organizationId" uuid,
  "email" text,
  "role" "Role",
  "clientId" uuid,
  "lastSeenAt" timestamptz
)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
  UPDATE "session" s SET "lastSeenAt" = now()
  WHERE s."tokenHash" = token_hash AND s."revokedAt" IS NULL AND s."expiresAt" > now()
    AND s."lastSeenAt" > now() - make_interval(mins => idle_minutes)
    AND s."lastSeenAt" < now() - interval '1 minute';
  RETURN QUERY
    SELECT s.id, s."userId", s."organizationId", u.email, m.role, m."clientId", s."lastSeenAt"
    FROM "session" s
    JOIN "user" u ON u.id = s."userId"
    LEFT JOIN "membership" m ON m."userId" = s."userId" AND m."organizationId" = s."organizationId"
    WHERE s."tokenHash" = token_hash AND s."revokedAt" IS NULL AND s."expiresAt" > now()
      AND s."lastSeenAt" > now() - make_interval(mins => idle_minutes);
END
$$;

-- A new owner needs CREATE on the schema; waiji_system gets it only for the hand-over.
GRANT CREATE ON SCHEMA public TO waiji_system;
ALTER FUNCTION waiji_find_session(text, int) OWNER TO waiji_system;
REVOKE CREATE ON SCHEMA public FROM waiji_system;

REVOKE ALL ON FUNCTION waiji_find_session(text, int) FROM PUBLIC;
DO $$
BEGIN
  EXECUTE format('GRANT EXECUTE ON FUNCTION waiji_find_session(text, int) TO %I', current_user);
END
$$;
