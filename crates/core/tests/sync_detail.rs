//! Fetching a job's full ad on demand: stored in the detail cache; an expired ad is NotFound.

mod sync_support;

use sync_support::*;

#[tokio::test]
async fn a_fetched_detail_is_cached_and_an_expired_ad_is_not_found() {
    let dir = tempfile::tempdir().unwrap();
    let job = job_json("j1", "Koch", "Essen");
    let detail = format!(
        r#"{},"description":"Kochen","salary":"3000 EUR"}}"#,
        job.trim_end_matches('}')
    );
    let (url, _) = canned_server(vec![
        Canned::Full(200, "application/json", detail),
        Canned::Full(
            404,
            "application/json",
            r#"{"code":"not_found","message":"expired"}"#.to_owned(),
        ),
    ])
    .await;
    let c = companion(dir.path(), &url);
    let d = c.fetch_job_detail("j1").await.unwrap();
    assert_eq!(d.description, "Kochen");
    let cached: String = c
        .store()
        .read(|conn| {
            Ok(
                conn.query_row("SELECT data FROM job_details WHERE id = 'j1'", [], |r| {
                    r.get(0)
                })?,
            )
        })
        .unwrap();
    assert!(cached.contains("Kochen"));
    let err = c.fetch_job_detail("j2").await.unwrap_err();
    assert_eq!(err.kind(), "not_found");
}

#[tokio::test]
async fn a_detail_for_another_job_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let job = job_json("other", "Koch", "Essen");
    let detail = format!(r#"{},"description":"x"}}"#, job.trim_end_matches('}'));
    let (url, _) = canned_server(vec![Canned::Full(200, "application/json", detail)]).await;
    let c = companion(dir.path(), &url);
    assert_eq!(
        c.fetch_job_detail("j1").await.unwrap_err().kind(),
        "bad_response"
    );
}
