// The tabs GraphiQL opens with (until the user's own tabs are stored in the browser): one per kind of
// question the API answers. Kept in step with the README's "The GraphQL API" section.
const TREATYGRAPH_EXAMPLES = [
  {
    query: `# Who said what about a treaty: a look-up by any of its names, then its statements.
{
  treaty(name: "START III") {
    name
    aliases
    statementsAbout { date stance text speaker { name ... on Person { role } } }
    facts { type date from { name } to { name } evidence }
  }
}`,
  },
  {
    query: `# An actor's position over time: statements with stance, and acts, oldest first.
{
  positions(actor: "Russia", treaty: "New START") {
    date kind stance act
    statement { text speaker { name } }
  }
}`,
  },
  {
    query: `# Each state's latest act on a treaty as of a date.
{
  treatyStatus(treaty: "INF Treaty", asOf: "2020-01-01") { state { name } act date evidence }
}`,
  },
  {
    query: `# Who speaks about a subject, how often, and with which stances.
{
  whoSaid(about: "New START") { speaker { name } statements first last stances { stance count } }
}`,
  },
  {
    query: `# Statements as a cursor connection with a filter; pass after: endCursor for the next page.
{
  statements(where: {about: "New START", stance_in: [opposes, conditional]}, orderBy: DATE_DESC, first: 5) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { date stance text speaker { name } } }
  }
}`,
  },
  {
    query: `# Full-text search over statements, ranked, with highlights.
{
  searchStatements(text: "dialogue") { score highlights statement { text speaker { name } } }
}`,
  },
  {
    query: `# Shortest connections between two entities, and a neighbourhood for drawing.
{
  path(from: "Ryabkov", to: "Philippines") { length nodes { name label } edges { type } }
  neighbourhood(key: "treaty/new-start", depth: 1) { nodes { key label name } edges { type from to } }
}`,
  },
  {
    query: `# Writing needs role WRITER: put {"X-API-Key": "…"} in the Headers tab (see the README).
mutation {
  ingestArticle(input: {text: " date 2025-08-04 MINSK, August 4. /TASS/. An example article: paste real news here."}) {
    status
    error
    article { key title }
  }
}`,
    headers: '{"X-API-Key": ""}',
  },
];
