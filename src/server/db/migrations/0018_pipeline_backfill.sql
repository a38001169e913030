-- The pipeline outbox takes over from feedback_outbox (dropped in 0019): rows still waiting are
-- announced again as updates (the stages re-read the item, so that is always safe).
INSERT INTO pipeline_outbox (organization_id, topic, subject_id, version)
  SELECT organization_id, 'item.updated', item_id, 1 FROM feedback_outbox ORDER BY id;
--> statement-breakpoint
-- An organization takes its items, its announcements and its stages' marks with it.
CREATE OR REPLACE FUNCTION resonance_delete_items_of_organizations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM feedback_items f USING gone g WHERE f.organization_id = g.id;
  DELETE FROM pipeline_outbox o USING gone g WHERE o.organization_id = g.id;
  DELETE FROM pipeline_marks m USING gone g WHERE m.organization_id = g.id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- A deleted contact leaves its items anonymous: a change of the item, so it is announced like one.
CREATE OR REPLACE FUNCTION resonance_unlink_items_of_contacts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH unlinked AS (
    UPDATE feedback_items f SET contact_id = NULL, version = f.version + 1 FROM gone g WHERE f.contact_id = g.id
    RETURNING f.organization_id, f.id, f.version
  )
  INSERT INTO pipeline_outbox (organization_id, topic, subject_id, version)
    SELECT organization_id, 'item.updated', id, version FROM unlinked;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Every item's contribution to the rollups, as the rollups stage will keep it from now on
-- (features/metrics/rollups.repo.ts contributionsOf), and the rollups rebuilt from them.
INSERT INTO rollup_contributions (item_id, organization_id, metric, day, survey, channel, segment, region, product, language, touchpoint, score, weight)
  SELECT fi.id, fi.organization_id, fi.metric, (fi.occurred_at AT TIME ZONE 'UTC')::date,
    coalesce(sr.survey_id::text, fi.source, ''),
    coalesce(sr.channel, CASE WHEN fi.channel = 'survey' THEN fi.touchpoint ELSE fi.channel END, ''),
    coalesce(c.segment, ''), coalesce(c.region, ''), coalesce(fi.product, ''), coalesce(fi.language, sr.language, ''),
    CASE WHEN fi.channel = 'survey' AND fi.touchpoint IN ('email', 'link', 'widget', 'api') THEN '' ELSE coalesce(fi.touchpoint, '') END,
    fi.score, (CASE WHEN c.revenue > 0 THEN c.revenue ELSE 0 END)::float8
  FROM feedback_items fi
  JOIN organization o ON o.id = fi.organization_id
  LEFT JOIN survey_responses sr ON sr.feedback_item_id = fi.id
  LEFT JOIN contacts c ON c.id = fi.contact_id
  WHERE fi.score IS NOT NULL AND (
    (fi.metric = 'nps' AND fi.score BETWEEN 0 AND 10 AND coalesce(fi.scale_max, 10) = 10)
    OR (fi.metric = 'csat' AND fi.score BETWEEN 1 AND 5 AND coalesce(fi.scale_max, 5) = 5)
    OR (fi.metric = 'ces' AND fi.score BETWEEN 1 AND 7 AND coalesce(fi.scale_max, 7) = 7));
--> statement-breakpoint
DELETE FROM metric_rollups;
--> statement-breakpoint
INSERT INTO metric_rollups (organization_id, metric, grain, day, survey, channel, segment, region, product, language, touchpoint, score, n, weighted_n, sum_weight, sum_weight_sq)
  SELECT organization_id, metric,
    CASE grouping(survey, channel, segment, region, product, language, touchpoint)
      WHEN 127 THEN 'total' WHEN 63 THEN 'survey' WHEN 95 THEN 'channel' WHEN 111 THEN 'segment'
      WHEN 119 THEN 'region' WHEN 123 THEN 'product' WHEN 125 THEN 'language' WHEN 126 THEN 'touchpoint' ELSE 'all' END,
    day, coalesce(survey, ''), coalesce(channel, ''), coalesce(segment, ''), coalesce(region, ''), coalesce(product, ''), coalesce(language, ''), coalesce(touchpoint, ''),
    score, count(*)::int, (count(*) FILTER (WHERE weight > 0))::int, sum(weight)::float8, sum(weight * weight)::float8
  FROM rollup_contributions
  GROUP BY organization_id, GROUPING SETS (
    (metric, day, score),
    (metric, day, score, survey),
    (metric, day, score, channel),
    (metric, day, score, segment),
    (metric, day, score, region),
    (metric, day, score, product),
    (metric, day, score, language),
    (metric, day, score, touchpoint),
    (metric, day, score, survey, channel, segment, region, product, language, touchpoint));
