/**
 * The two {@link io.contactkit.domain.port.EnrichmentProvider}s:
 * {@link io.contactkit.enrichment.FileEnrichmentProvider} looks companies up in a dataset file,
 * {@link io.contactkit.enrichment.HttpEnrichmentProvider} asks an external enrichment endpoint.
 *
 * <h2>A company</h2>
 * Datasets and the endpoint's answers describe a company the same way, as a JSON object (property names are matched
 * without regard to case; every property may be left out or null unless marked required):
 * <pre>{@code
 * {
 *   "EnrichId": "no-914778271",            // the company's id; required and unique in a dataset
 *   "Name": "Fjordlys Instrumenter AS",    // required
 *   "OrgNr": "914 778 271",
 *   "Country": "NO",                       // ISO 3166 two-letter code
 *   "Domains": ["fjordlys.example"],
 *   "Phones": ["+47 22 40 11 00"],
 *   "Emails": ["post@fjordlys.example"],
 *   "Street": {"Address1": "Brygga 4", "Address2": null, "Address3": null,
 *              "Zipcode": "0150", "City": "Oslo", "County": null, "State": null},
 *   "Postal": {"Address1": "Postboks 120 Sentrum", "Zipcode": "0102", "City": "Oslo"}
 * }
 * }</pre>
 * Strings are trimmed; blank strings and blank list entries count as absent. Lengths are those of the contact they
 * merge into (Name 200, OrgNr 40, address lines 255, Zipcode 20, City, County and State 100, each phone, email and
 * domain 255, EnrichId 255); a list holds at most 100 entries, and every email is an address
 * ({@code name@domain.tld}), so a contact enriched with the company can be saved.
 *
 * <h2>Dataset files</h2>
 * The format follows the file name's extension.
 * <ul>
 *   <li>{@code .json}: a JSON array of companies as above. An unknown property is refused, naming the entry and
 *       property ({@code [3]: Street.Zip: unknown property}).</li>
 *   <li>{@code .csv}: RFC 4180 CSV in UTF-8, read with Jackson's CSV format: comma-separated, fields with commas,
 *       quotes or line breaks in double quotes, a quote inside doubled. The first line names the columns, in any
 *       order and case: {@code EnrichId}, {@code Name}, {@code OrgNr}, {@code Country}, {@code Domains},
 *       {@code Phones}, {@code Emails} and
 *       {@code Street.Address1} ... {@code Street.State}, {@code Postal.Address1} ... {@code Postal.State}.
 *       Domains, Phones and Emails hold several values separated by {@code |}. Every line has a value (maybe empty)
 *       for every column.</li>
 * </ul>
 * A file that breaks the format is refused as a whole, naming the place ({@code line 7: Emails[0]: ...}).
 * The dataset shipped as {@code sample-companies.json} beside these classes holds fictitious companies and is the
 * default.
 *
 * <h2>Lookup</h2>
 * A query is tried key by key in the order of {@link io.contactkit.domain.port.EnrichmentQuery}: EnrichId (exact),
 * OrgNr (letters and digits only, ignoring case), each web domain (ignoring case and a leading {@code www.}), then
 * Name (ignoring case and repeated spaces) within the query's country. A key that matches several companies is
 * narrowed to the query's country; one that still matches several matches none, so a contact is never enriched with
 * a guess. The first key matching one company decides.
 *
 * <h2>The enrichment endpoint's contract</h2>
 * {@code POST <endpoint>} with {@code Content-Type: application/json} and the query as a JSON object, absent keys
 * left out:
 * <pre>{@code
 * {"OrgNr": "914778271", "Domains": ["fjordlys.example"], "Name": "Fjordlys", "Country": "NO"}
 * {"EnrichId": "no-914778271"}
 * }</pre>
 * The endpoint answers
 * <ul>
 *   <li>200 with the company as above (EnrichId may be left out; unknown properties are ignored), or</li>
 *   <li>404 when it knows no such company.</li>
 * </ul>
 * A 5xx answer is retried a bounded number of times with a growing pause. Every other outcome is an
 * {@link io.contactkit.domain.failure.UpstreamFailureException}: no answer within the read timeout or no connection
 * within the connect timeout ({@code timedOut}), an endpoint that cannot be reached, any other status, an answer
 * larger than the limit, or one that is not a company as above.
 */
package io.contactkit.enrichment;
