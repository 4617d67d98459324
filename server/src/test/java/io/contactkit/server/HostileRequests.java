package io.contactkit.server;

import static io.contactkit.server.HostileRequest.CONTACT;
import static io.contactkit.server.HostileRequest.Draft.request;
import static io.contactkit.server.HostileRequest.ENRICH;
import static io.contactkit.server.HostileRequest.GET_ENTITY;
import static io.contactkit.server.HostileRequest.JSON;
import static io.contactkit.server.HostileRequest.SAVE;
import static io.contactkit.server.HostileRequest.TARGET;
import static io.contactkit.server.HostileRequest.XML;

import io.contactkit.http.testing.ApiClient;
import io.contactkit.server.HostileRequest.Draft;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The table of hostile requests: malformed and truncated bodies, wrong types, huge numbers, deep nesting, oversized
 * and undecodable bodies, XML entity attacks, bad patches and pointers, read-only fields, SQL in names, bad ids,
 * wrong content types and missing bodies. Every one must be refused and change nothing.
 */
final class HostileRequests {

    private static final int OVER_THE_LIMIT = 1024 * 1024 + 1;
    private static final int DEEP = 10_000;

    private static final String XXE_FILE = "<?xml version=\"1.0\"?><!DOCTYPE ContactEntity ["
            + "<!ENTITY secret SYSTEM \"file:///etc/passwd\">]><ContactEntity><Name>&secret;</Name></ContactEntity>";
    private static final String XXE_HTTP = "<!DOCTYPE ContactEntity [<!ENTITY remote SYSTEM "
            + "\"http://127.0.0.1:9/x\">]><ContactEntity><Name>&remote;</Name></ContactEntity>";
    private static final String XXE_PARAMETER = "<!DOCTYPE ContactEntity [<!ENTITY % dtd SYSTEM "
            + "\"file:///etc/passwd\"> %dtd;]><ContactEntity><Name>x</Name></ContactEntity>";
    private static final String EXTERNAL_DTD = "<!DOCTYPE ContactEntity SYSTEM \"http://127.0.0.1:9/evil.dtd\">"
            + "<ContactEntity><Name>x</Name></ContactEntity>";
    private static final String BILLION_LAUGHS = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">"
            + "]><ContactEntity><Name>&lol9;</Name></ContactEntity>";
    private static final String QUADRATIC_BLOWUP = "<!DOCTYPE ContactEntity [<!ENTITY a \"" + "a".repeat(50_000)
            + "\">]><ContactEntity><Name>" + "&a;".repeat(2_000) + "</Name></ContactEntity>";
    private static final String VALID = "{\"Name\":\"Never stored\"}";

    private HostileRequests() {
    }

    static List<HostileRequest> all() {
        HostileRequest.Table table = new HostileRequest.Table();
        malformedJson(table);
        malformedXml(table);
        xmlEntityAttacks(table);
        wrongTypes(table);
        hugeNumbers(table);
        deepNesting(table);
        oversizedBodies(table);
        invalidText(table);
        badPatchOperations(table);
        badPointers(table);
        readOnlyFields(table);
        sqlInNames(table);
        badIds(table);
        contentTypes(table);
        missingBodies(table);
        invalidContacts(table);
        badHeadersAndRoutes(table);
        return table.cases();
    }

    private static void malformedJson(HostileRequest.Table table) {
        table.add("an opening brace only", post(CONTACT).json("{"), 400, "");
        table.add("a member without its value", post(CONTACT).json("{\"Name\":"), 400, "Name");
        table.add("an unterminated string", post(CONTACT).json("{\"Name\":\"Truncated"), 400, "Name");
        table.add("a trailing comma and no end", post(CONTACT).json("{\"Name\":\"x\","), 400, "Name");
        table.add("a missing colon", post(CONTACT).json("{\"Name\" \"x\"}"), 400, "Name");
        table.add("single-quoted names", post(CONTACT).json("{'Name':'x'}"), 400, "");
        table.add("unquoted names", post(CONTACT).json("{Name:\"x\"}"), 400, "");
        table.add("a closing brace too many", post(CONTACT).json("{\"Name\":\"x\"}}"), 400, "");
        table.add("two documents", post(CONTACT).json("{\"Name\":\"x\"} {\"Name\":\"y\"}"), 400, "");
        table.add("a trailing comma", post(CONTACT).json("{\"Name\":\"x\",}"), 400, "Name");
        table.add("a comment", post(CONTACT).json("{\"Name\":\"x\" /* hi */}"), 400, "Name");
        table.add("NaN", post(CONTACT).json("{\"Name\":\"x\",\"GroupId\":NaN}"), 400, "GroupId");
        table.add("a bad escape", post(CONTACT).json("{\"Name\":\"\\u00\"}"), 400, "Name");
        table.add("a raw control character", post(CONTACT).json("{\"Name\":\"tab\there\"}"), 400, "Name");
        table.add("a duplicate member", post(CONTACT).json("{\"Name\":\"a\",\"Name\":\"b\"}"), 400, "Name");
        table.add("a string for a contact", post(CONTACT).json("\"Dare\""), 400, "");
        table.add("an array for a contact", post(CONTACT).json("[{\"Name\":\"x\"}]"), 400, "");
        table.add("null for a contact", post(CONTACT).json("null"), 400, "");
        table.add("truncated JSON in PUT", put(TARGET).json("{\"Name\":"), 400, "Name");
        table.add("truncated JSON in SaveContactEntity", post(SAVE).json("{\"ContactId\":{id},"), 400, "ContactId");
        table.add("truncated JSON in EnrichContactEntity",
                post(ENRICH + "?save=true").json("{\"ContactEntity\":{\"ContactId\":{id}"), 400,
                "ContactEntity.ContactId");
        table.add("truncated JSON Patch", patch(TARGET).jsonPatch("[{\"op\":\"replace\",\"path\":\"/Name\""), 400,
                "[0].path");
        table.add("truncated merge patch", patch(TARGET).mergePatch("{\"Name\":"), 400, "Name");
    }

    private static void malformedXml(HostileRequest.Table table) {
        table.add("XML without its end tag", post(CONTACT).xml("<ContactEntity><Name>Truncated</Name>"), 400, "");
        table.add("XML with mismatched tags", post(CONTACT).xml("<ContactEntity><Name>x</ContactEntity>"), 400, "");
        table.add("an unclosed start tag", post(CONTACT).xml("<ContactEntity"), 400, "");
        table.add("text that is not XML", post(CONTACT).xml("not xml at all"), 400, "");
        table.add("two root elements", post(CONTACT).xml("<ContactEntity><Name>x</Name></ContactEntity>"
                + "<ContactEntity/>"), 400, "");
        table.add("an unterminated entity reference", post(CONTACT).xml("<ContactEntity><Name>a &amp b</Name>"
                + "</ContactEntity>"), 400, "");
        table.add("an undeclared entity", post(CONTACT).xml("<ContactEntity><Name>&undeclared;</Name>"
                + "</ContactEntity>"), 400, "");
        table.add("an unterminated CDATA section", post(CONTACT).xml("<ContactEntity><Name><![CDATA[x</Name>"
                + "</ContactEntity>"), 400, "");
        table.add("another root element", post(CONTACT).xml("<Person><Name>x</Name></Person>"), 400, "");
        table.add("an unknown element", post(CONTACT).xml("<ContactEntity><Name>x</Name><Colour>blue</Colour>"
                + "</ContactEntity>"), 400, "Colour");
        table.add("an element given twice", post(CONTACT).xml("<ContactEntity><Name>x</Name><Name>y</Name>"
                + "</ContactEntity>"), 400, "Name");
        table.add("truncated XML in PUT", put(TARGET).xml("<ContactEntity><Name>x</Name>"), 400, "");
        table.add("truncated XML in EnrichContactEntity", post(ENRICH).xml("<EnrichRequest><EnrichId>"), 400, "");
        table.add("malformed XML, problem asked in XML", post(CONTACT).header("Accept", XML)
                .xml("<ContactEntity><Name>x</Nam></ContactEntity>"), 400, "");
    }

    private static void xmlEntityAttacks(HostileRequest.Table table) {
        table.add("an external entity reading a file", post(CONTACT).xml(XXE_FILE), 400, "");
        table.add("an external entity fetching a URL", post(CONTACT).xml(XXE_HTTP), 400, "");
        table.add("an external parameter entity", post(CONTACT).xml(XXE_PARAMETER), 400, "");
        table.add("an external DTD", post(CONTACT).xml(EXTERNAL_DTD), 400, "");
        table.add("billion laughs", post(CONTACT).xml(BILLION_LAUGHS), 400, "");
        table.add("quadratic blow-up", post(CONTACT).xml(QUADRATIC_BLOWUP), 400, "");
        table.add("XInclude", post(CONTACT).xml("<ContactEntity xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                + "<Name>x</Name><xi:include href=\"file:///etc/passwd\"/></ContactEntity>"), 400, "include");
        table.add("an external entity in PUT", put(TARGET).body(XXE_FILE, "text/xml"), 400, "");
        table.add("an external entity in SaveContactEntity", post(SAVE).xml(XXE_FILE), 400, "");
        table.add("an external entity in EnrichContactEntity", post(ENRICH).xml("<!DOCTYPE r [<!ENTITY e SYSTEM "
                + "\"file:///etc/passwd\">]><EnrichRequest><EnrichId>&e;</EnrichId></EnrichRequest>"), 400, "");
        table.add("billion laughs, problem asked in XML", put(TARGET).header("Accept", "text/xml")
                .xml(BILLION_LAUGHS), 400, "");
    }

    private static void wrongTypes(HostileRequest.Table table) {
        table.add("a number for a text", post(CONTACT).json("{\"Name\":42}"), 400, "Name");
        table.add("a list for a text", post(CONTACT).json("{\"Name\":[\"x\"]}"), 400, "Name");
        table.add("an object for a text", post(CONTACT).json("{\"Name\":{\"First\":\"x\"}}"), 400, "Name");
        table.add("a text for a number", post(CONTACT).json("{\"Name\":\"x\",\"GroupId\":\"abc\"}"), 400,
                "GroupId");
        table.add("a text for a flag", post(CONTACT).json("{\"Name\":\"x\",\"NoMailing\":\"yes\"}"), 400,
                "NoMailing");
        table.add("a text for a list", post(CONTACT).json("{\"Name\":\"x\",\"Emails\":\"a@dare.example\"}"), 400,
                "Emails");
        table.add("a number for a list item", post(CONTACT).json("{\"Name\":\"x\",\"Emails\":[42]}"), 400,
                "Emails[0]");
        table.add("a flag for an element's value", post(CONTACT).json("{\"Name\":\"x\",\"Emails\":"
                + "[{\"Value\":true}]}"), 400, "Emails[0].Value");
        table.add("a text for a list reference's id", post(CONTACT).json("{\"Name\":\"x\",\"Category\":"
                + "{\"Id\":\"one\"}}"), 400, "Category.Id");
        table.add("a list for an address", post(CONTACT).json("{\"Name\":\"x\",\"Address\":[]}"), 400, "Address");
        table.add("a list for custom fields", post(CONTACT).json("{\"Name\":\"x\",\"CustomFields\":[\"a\"]}"), 400,
                "CustomFields");
        table.add("a text for a date", post(SAVE).json("{\"ContactId\":{id},\"Name\":\"x\","
                + "\"DbiLastModified\":\"yesterday\"}"), 400, "DbiLastModified");
        table.add("a word for a flag in a form", post(CONTACT).form("Name=x&NoMailing=perhaps"), 400, "NoMailing");
        table.add("a word for a number in XML", put(TARGET).xml("<ContactEntity><Name>x</Name>"
                + "<GroupId>abc</GroupId></ContactEntity>"), 400, "GroupId");
        table.add("a text for a number in a merge patch", patch(TARGET).mergePatch("{\"GroupId\":\"abc\"}"), 400,
                "/GroupId");
        table.add("a text for a number in a JSON Patch", patch(TARGET)
                .jsonPatch("[{\"op\":\"replace\",\"path\":\"/GroupId\",\"value\":\"abc\"}]"), 400, "/GroupId");
    }

    private static void hugeNumbers(HostileRequest.Table table) {
        table.add("an id beyond 64 bits", post(CONTACT).json("{\"Name\":\"x\",\"ContactId\":99999999999999999999}"),
                400, "ContactId");
        table.add("a list id just beyond int", post(CONTACT).json("{\"Name\":\"x\",\"Category\":"
                + "{\"Id\":2147483648}}"), 400, "Category.Id");
        table.add("a list id just below int", post(CONTACT).json("{\"Name\":\"x\",\"Category\":"
                + "{\"Id\":-2147483649}}"), 400, "Category.Id");
        table.add("a number beyond double", post(CONTACT).json("{\"Name\":\"x\",\"GroupId\":1e400}"), 400,
                "GroupId");
        table.add("a fraction for a whole number", post(CONTACT).json("{\"Name\":\"x\",\"GroupId\":1.5}"), 400,
                "GroupId");
        table.add("a latitude beyond double", post(CONTACT).json("{\"Name\":\"x\",\"Address\":"
                + "{\"Wgs84Latitude\":1e999}}"), 400, "Address.Wgs84Latitude");
        table.add("a number of 2000 digits", post(CONTACT).json("{\"Name\":\"x\",\"GroupId\":" + "9".repeat(2_000)
                + "}"), 400, "GroupId");
        table.add("a huge number in XML", put(TARGET).xml("<ContactEntity><Name>x</Name><GroupId>"
                + "99999999999999999999</GroupId></ContactEntity>"), 400, "GroupId");
        table.add("a huge number in a form", post(CONTACT).form("Name=x&GroupId=1e400"), 400, "GroupId");
        table.add("a huge number in a JSON Patch", patch(TARGET)
                .jsonPatch("[{\"op\":\"replace\",\"path\":\"/GroupId\",\"value\":99999999999999999999}]"), 400,
                "/GroupId");
    }

    private static void deepNesting(HostileRequest.Table table) {
        table.add("JSON arrays 10,000 deep", post(CONTACT).json("[".repeat(DEEP) + "]".repeat(DEEP)),
                400, "[0][0][0]...");
        table.add("JSON objects 10,000 deep in a custom field", post(CONTACT).json("{\"Name\":\"x\",\"CustomFields\":"
                + "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP) + "}"), 400, "CustomFields.a.a.a...");
        table.add("XML elements 10,000 deep", post(CONTACT).xml("<ContactEntity>" + "<Name>".repeat(DEEP)
                + "</Name>".repeat(DEEP) + "</ContactEntity>"), 400, "Name");
        table.add("a JSON Patch value 10,000 deep", patch(TARGET).jsonPatch("[{\"op\":\"add\",\"path\":"
                + "\"/Emails/-\",\"value\":" + "[".repeat(DEEP) + "]".repeat(DEEP) + "}]"), 400, "[0].value[0][0]...");
        table.add("a merge patch 10,000 deep", patch(TARGET).mergePatch("{\"Address\":" + "{\"a\":".repeat(DEEP)
                + "1" + "}".repeat(DEEP) + "}"), 400, "Address.a.a.a...");
        table.add("a form name 100 levels deep", post(CONTACT).form("Name=x&Address" + ".Postal".repeat(100)
                + "=1"), 400, "Address.Postal.Postal...");
        table.add("an enrich request 10,000 deep", post(ENRICH).json("{\"ContactEntity\":" + "[".repeat(DEEP)
                + "]".repeat(DEEP) + "}"), 400, "ContactEntity[0][0]...");
    }

    private static void oversizedBodies(HostileRequest.Table table) {
        table.add("a JSON body over 1 MiB", post(CONTACT).json(paddedJson(OVER_THE_LIMIT)), 413, null);
        table.add("an XML body over 1 MiB", put(TARGET).xml("<ContactEntity><Name>"
                + "x".repeat(OVER_THE_LIMIT) + "</Name></ContactEntity>"), 413, null);
        table.add("a JSON Patch over 1 MiB", patch(TARGET).jsonPatch("[{\"op\":\"replace\",\"path\":\"/Name\","
                + "\"value\":\"" + "x".repeat(OVER_THE_LIMIT) + "\"}]"), 413, null);
        table.add("a form over 1 MiB", post(SAVE).form("Name=" + "x".repeat(OVER_THE_LIMIT)), 413, null);
        table.add("a text longer than 65,536 characters", post(CONTACT).json("{\"Name\":\"" + "x".repeat(70_000)
                + "\"}"), 400, "Name");
    }

    private static void invalidText(HostileRequest.Table table) {
        table.add("an invalid UTF-8 sequence", post(CONTACT).body(bytes("{\"Name\":\"", 0xC3, 0x28, "\"}"), JSON),
                400, "");
        table.add("an overlong UTF-8 encoding", post(CONTACT).body(bytes("{\"Name\":\"", 0xC0, 0xAF, "\"}"), JSON),
                400, "");
        table.add("a UTF-8 encoded surrogate", post(CONTACT).body(bytes("{\"Name\":\"", 0xED, 0xA0, 0x80, "\"}"),
                JSON), 400, "");
        table.add("a byte never in UTF-8", put(TARGET).body(bytes("{\"Name\":\"", 0xFF, "\"}"), JSON), 400, "");
        table.add("UTF-16 with its byte order mark", post(CONTACT).body(utf16(VALID), JSON), 400, "");
        table.add("invalid UTF-8 in XML", post(CONTACT).body(bytes("<ContactEntity><Name>", 0xE6,
                "</Name></ContactEntity>"), XML), 400, "");
        table.add("Latin-1 bytes under a Latin-1 declaration", post(CONTACT).body(bytes(
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><ContactEntity><Name>", 0xE6,
                "</Name></ContactEntity>"), XML), 400, "");
        table.add("invalid UTF-8 in a form", post(CONTACT).body(bytes("Name=", 0xFF), HostileRequest.FORM), 400,
                "");
        table.add("percent-encoded invalid UTF-8 in a form", post(CONTACT).form("Name=%FF%FE"), 400, "Name");
        table.add("invalid UTF-8 in a JSON Patch", patch(TARGET).body(bytes("[{\"op\":\"replace\",\"path\":"
                + "\"/Name\",\"value\":\"", 0xC3, "\"}]"), HostileRequest.JSON_PATCH), 400, "");
        table.add("an escaped lone surrogate", post(CONTACT).json("{\"Name\":\"\\uD800\"}"), 400, "Name");
        table.add("an escaped NUL", post(CONTACT).json("{\"Name\":\"a\\u0000b\"}"), 400, "Name");
        table.add("a character XML cannot carry", put(TARGET).xml("<ContactEntity><Name>a&#1;b</Name>"
                + "</ContactEntity>"), 400, "");
    }

    private static void badPatchOperations(HostileRequest.Table table) {
        table.add("move", patch(TARGET).jsonPatch("[{\"op\":\"move\",\"from\":\"/Name\",\"path\":\"/Department\"}]"),
                400, "[0].op");
        table.add("copy", patch(TARGET).jsonPatch("[{\"op\":\"copy\",\"from\":\"/Name\",\"path\":\"/Department\"}]"),
                400, "[0].op");
        table.add("an unknown operation", patch(TARGET)
                .jsonPatch("[{\"op\":\"frobnicate\",\"path\":\"/Name\",\"value\":\"x\"}]"), 400, "[0].op");
        table.add("an operation without op", patch(TARGET).jsonPatch("[{\"path\":\"/Name\",\"value\":\"x\"}]"),
                400, "[0].op");
        table.add("an op that is a number", patch(TARGET).jsonPatch("[{\"op\":42,\"path\":\"/Name\"}]"), 400,
                "[0].op");
        table.add("an operation without path", patch(TARGET).jsonPatch("[{\"op\":\"add\",\"value\":\"x\"}]"), 400,
                "[0].path");
        table.add("a path that is a number", patch(TARGET).jsonPatch("[{\"op\":\"add\",\"path\":5,\"value\":1}]"),
                400, "[0].path");
        table.add("a replace without value", patch(TARGET).jsonPatch("[{\"op\":\"replace\",\"path\":\"/Name\"}]"),
                400, "[0].value");
        table.add("an operation that is no object", patch(TARGET).jsonPatch("[42]"), 400, "[0]");
        table.add("a good operation, then move", patch(TARGET).jsonPatch("[{\"op\":\"replace\",\"path\":"
                + "\"/Department\",\"value\":\"ok\"},{\"op\":\"move\",\"from\":\"/Name\",\"path\":\"/Kananame\"}]"),
                400, "[1].op");
        table.add("a failing test", patch(TARGET).jsonPatch("[{\"op\":\"test\",\"path\":\"/Name\",\"value\":"
                + "\"Somebody else\"}]"), 409, null);
        table.add("a change, then a failing test", patch(TARGET).jsonPatch("[{\"op\":\"replace\",\"path\":"
                + "\"/Department\",\"value\":\"x\"},{\"op\":\"test\",\"path\":\"/Number1\",\"value\":\"8\"}]"), 409,
                null);
        table.add("a JSON Patch that is an object", patch(TARGET).jsonPatch("{\"op\":\"add\"}"), 400, "");
        table.add("a merge patch that is an array", patch(TARGET).mergePatch("[{\"Name\":\"x\"}]"), 400, "");
        table.add("a patch that is a string", patch(TARGET).json("\"replace everything\""), 400, "");
    }

    private static void badPointers(HostileRequest.Table table) {
        table.add("~2 in a pointer", replace("/Name~2", "\"x\""), 400, "/Name~2");
        table.add("~ at a pointer's end", replace("/Name~", "\"x\""), 400, "/Name~");
        table.add("replace past the list's end", replace("/Emails/5/Value", "\"x@dare.example\""),
                400, "/Emails/5/Value");
        table.add("add at a negative index", patchOf("{\"op\":\"add\",\"path\":\"/Emails/-1\",\"value\":"
                + "{\"Value\":\"x@dare.example\"}}"), 400, "/Emails/-1");
        table.add("add far past the list's end", patchOf("{\"op\":\"add\",\"path\":\"/Emails/3\",\"value\":"
                + "{\"Value\":\"x@dare.example\"}}"), 400, "/Emails/3");
        table.add("an index beyond 64 bits", patchOf("{\"op\":\"add\",\"path\":\"/Emails/99999999999999999999\","
                + "\"value\":{\"Value\":\"x@dare.example\"}}"), 400, "/Emails/99999999999999999999");
        table.add("an index with a leading zero", replace("/Emails/01/Value", "\"x@dare.example\""),
                400, "/Emails/01/Value");
        table.add("replace at -", replace("/Emails/-", "{\"Value\":\"x@dare.example\"}"), 400, "/Emails/-");
        table.add("remove at -", patchOf("{\"op\":\"remove\",\"path\":\"/Emails/-\"}"), 400, "/Emails/-");
        table.add("test at -", patchOf("{\"op\":\"test\",\"path\":\"/Emails/-\",\"value\":null}"), 409,
                "/Emails/-");
        table.add("- in the middle of a pointer", replace("/Emails/-/Value", "\"x@dare.example\""),
                400, "/Emails/-/Value");
        table.add("remove past the list's end", patchOf("{\"op\":\"remove\",\"path\":\"/Emails/7\"}"),
                400, "/Emails/7");
        table.add("an unknown property", replace("/Colour", "\"blue\""), 400, "/Colour");
        table.add("below a text", patchOf("{\"op\":\"add\",\"path\":\"/Name/First\",\"value\":\"x\"}"),
                400, "/Name/First");
        table.add("an unknown property of an element", replace("/Emails/0/Colour", "\"blue\""),
                400, "/Emails/0/Colour");
        table.add("the whole document", replace("", "{\"Name\":\"Everything\"}"), 400, null);
    }

    private static void readOnlyFields(HostileRequest.Table table) {
        table.add("replace the id", replace("/ContactId", "999"), 400, "/ContactId");
        table.add("remove the id", patchOf("{\"op\":\"remove\",\"path\":\"/ContactId\"}"), 400, "/ContactId");
        table.add("replace UpdatedDate", replace("/UpdatedDate", "\"2001-01-01T00:00:00Z\""), 400, "/UpdatedDate");
        table.add("replace CreatedDate", replace("/CreatedDate", "\"2001-01-01T00:00:00Z\""), 400, "/CreatedDate");
        table.add("replace CreatedBy", replace("/CreatedBy", "{\"AssociateId\":2}"), 400, "/CreatedBy");
        table.add("replace the id of UpdatedBy", replace("/UpdatedBy/AssociateId", "2"), 400, "/UpdatedBy/AssociateId");
        table.add("replace ActiveErpLinks", replace("/ActiveErpLinks", "5"), 400, "/ActiveErpLinks");
        table.add("replace TableRight", replace("/TableRight", "{\"Mask\":\"FULL\"}"), 400, "/TableRight");
        table.add("add UtmParameters", patchOf("{\"op\":\"add\",\"path\":\"/UtmParameters\",\"value\":"
                + "{\"UtmSource\":\"x\"}}"), 400, "/UtmParameters");
        table.add("the id in a merge patch", patch(TARGET).mergePatch("{\"ContactId\":999}"), 400, "/ContactId");
        // what the server owns is passed over in a merge patch; what is wrong beside it is not
        table.add("a wrong value beside UpdatedDate in a merge patch", patch(TARGET).mergePatch("{\"UpdatedDate\":"
                + "\"2001-01-01T00:00:00Z\",\"Deleted\":\"zero\"}"), 400, "/Deleted");
    }

    private static void sqlInNames(HostileRequest.Table table) {
        table.add("SQL after $select in GET", get(TARGET + "?$select=name;DROP%20TABLE%20contact"), 400,
                "$select");
        table.add("a quoted condition in $select of POST", post(CONTACT + "?$select=name'%20OR%20'1'='1")
                .json(VALID), 400, "$select");
        table.add("a comment in $select of PUT", put(TARGET + "?$select=name--").json("{\"Name\":\"x\"}"), 400,
                "$select");
        table.add("a star in $select of PATCH", patch(TARGET + "?$select=*").mergePatch("{\"Department\":\"x\"}"),
                400, "$select");
        table.add("a UNION in $select of SaveContactEntity", post(SAVE
                + "?$select=name%20UNION%20SELECT%20password%20FROM%20users").json(VALID), 400, "$select");
        table.add("a condition in $select of GetContactEntity", post(GET_ENTITY
                + "?contactEntityId={id}&$select=1=1"), 400, "$select");
        table.add("a quoted name in $select of EnrichContactEntity", post(ENRICH + "?$select=%22Name%22")
                .json("{\"ContactEntity\":null,\"EnrichId\":\"no-914778271\"}"), 400, "$select");
        table.add("SQL in a custom-field key", post(CONTACT).json("{\"Name\":\"x\",\"CustomFields\":"
                + "{\"x'; DROP TABLE contact;--\":\"1\"}}"), 400, "CustomFields.x'; DROP TABLE contact;--");
        table.add("a condition in a user-defined field key", put(TARGET).json("{\"Name\":\"x\","
                + "\"UserDefinedFields\":{\"SuperOffice:1' OR '1'='1\":\"v\"}}"), 400,
                "CustomFields.SuperOffice:1' OR '1'='1");
        table.add("SQL in an extra field key in XML", post(SAVE).xml("<ContactEntity><ContactId>{id}</ContactId>"
                + "<Name>x</Name><ExtraFields><Entry><Key>x_1; DELETE FROM contact</Key><Value>v</Value></Entry>"
                + "</ExtraFields></ContactEntity>"), 400, "CustomFields.x_1; DELETE FROM contact");
        table.add("SQL in a custom-field key in a form", post(CONTACT)
                .form("Name=x&CustomFields%5Bx%27)%3BDROP+TABLE+contact_custom_field%3B--%5D=1"), 400,
                "CustomFields.x');DROP TABLE contact_custom_field;--");
        table.add("SQL in a custom-field key of a JSON Patch", patchOf("{\"op\":\"add\",\"path\":"
                + "\"/CustomFields/a\\\" OR 1=1 --\",\"value\":\"v\"}"), 400, "CustomFields.a\" OR 1=1 --");
        table.add("SQL in a custom-field key of a merge patch", patch(TARGET).mergePatch("{\"CustomFields\":"
                + "{\"k; DELETE FROM contact\":\"v\"}}"), 400, "CustomFields.k; DELETE FROM contact");
    }

    private static void badIds(HostileRequest.Table table) {
        table.add("a negative id", get(CONTACT + "/-1"), 400, "id");
        table.add("id 0", get(CONTACT + "/0"), 400, "id");
        table.add("an id just beyond int", get(CONTACT + "/2147483648"), 400, "id");
        table.add("an id beyond 64 bits", get(CONTACT + "/99999999999999999999"), 400, "id");
        table.add("a negative id in PUT", put(CONTACT + "/-5").json("{\"Name\":\"x\"}"), 400, "id");
        table.add("an overflowing id in PATCH", patch(CONTACT + "/2147483648").mergePatch("{\"Department\":\"x\"}"),
                400, "id");
        table.add("a negative id in DELETE", delete(CONTACT + "/-1"), 400, "id");
        table.add("a fraction for an id", delete(CONTACT + "/1.0"), 400, "id");
        table.add("a hexadecimal id", get(CONTACT + "/0x1"), 400, "id");
        table.add("an id in exponent notation", get(CONTACT + "/1e3"), 400, "id");
        table.add("an id with a plus sign", delete(CONTACT + "/+{id}"), 400, "id");
        table.add("an id in Arabic-Indic digits", delete(CONTACT + "/%D9%A1"), 400, "id");
        table.add("an id in full-width digits", get(CONTACT + "/%EF%BC%91"), 400, "id");
        table.add("an id with a space", get(CONTACT + "/%20{id}"), 400, "id");
        table.add("a negative contactEntityId", post(GET_ENTITY + "?contactEntityId=-1"), 400, "contactEntityId");
        table.add("an overflowing contactEntityId", post(GET_ENTITY + "?contactEntityId=99999999999"), 400,
                "contactEntityId");
        table.add("a word for contactEntityId", post(GET_ENTITY + "?contactEntityId=abc"), 400, "contactEntityId");
        table.add("PUT of a contact that does not exist", put(CONTACT + "/999999").json("{\"Name\":\"x\"}"), 404,
                null);
        table.add("DELETE of a contact that does not exist", delete(CONTACT + "/999999"), 404, null);
        table.add("another id in the body of PUT", put(TARGET).json("{\"ContactId\":{other},\"Name\":\"x\"}"), 400,
                "ContactId");
        table.add("another id in the XML body of PUT", put(TARGET).xml("<ContactEntity><ContactId>{other}"
                + "</ContactId><Name>x</Name></ContactEntity>"), 400, "ContactId");
        table.add("another id in the form body of PUT", put(TARGET).form("ContactId={other}&Name=x"), 400,
                "ContactId");
        table.add("another id in a merge patch", patch(TARGET).mergePatch("{\"ContactId\":{other}}"),
                400, "/ContactId");
        table.add("SaveContactEntity of a contact that does not exist", post(SAVE)
                .json("{\"ContactId\":999999,\"Name\":\"x\"}"), 404, null);
    }

    private static void contentTypes(HostileRequest.Table table) {
        table.add("no content type", post(CONTACT).body(VALID, null), 415, null);
        table.add("text/plain", post(CONTACT).body(VALID, "text/plain"), 415, null);
        table.add("application/octet-stream", post(CONTACT).body(VALID, "application/octet-stream"), 415, null);
        table.add("multipart/form-data", post(CONTACT).body(VALID, "multipart/form-data; boundary=x"), 415, null);
        table.add("JSON in Latin-1", post(CONTACT).body(VALID, "application/json; charset=iso-8859-1"), 415, null);
        table.add("JSON in UTF-16", post(CONTACT).body(VALID, "application/json; charset=utf-16"), 415, null);
        table.add("a made-up JSON type", post(CONTACT).body(VALID, "application/x-json"), 415, null);
        table.add("a content type that is no media type", post(CONTACT).body(VALID, ";;;"), 415, null);
        table.add("no content type in PUT", put(TARGET).body("{\"Name\":\"x\"}", null), 415, null);
        table.add("an XML patch", patch(TARGET).xml("<ContactEntity><Name>x</Name></ContactEntity>"), 415, null);
        table.add("a form patch", patch(TARGET).form("Name=x"), 415, null);
        table.add("no content type in PATCH", patch(TARGET).body("{\"Name\":\"x\"}", null), 415, null);
        table.add("a form enrich request", post(ENRICH).form("EnrichId=no-914778271"), 415, null);
        table.add("HTML to SaveContactEntity", post(SAVE).body("<p>x</p>", "text/html"), 415, null);
    }

    private static void missingBodies(HostileRequest.Table table) {
        table.add("POST without a body", post(CONTACT).header("Content-Type", JSON), 400, "");
        table.add("PUT without a body", put(TARGET).header("Content-Type", JSON), 400, "");
        table.add("PATCH without a body", patch(TARGET).header("Content-Type", HostileRequest.JSON_PATCH), 400, "");
        table.add("SaveContactEntity without a body", post(SAVE).header("Content-Type", JSON), 400, "");
        table.add("EnrichContactEntity without a body", post(ENRICH).header("Content-Type", JSON), 400, "");
        table.add("a body of blanks", post(CONTACT).json("  \r\n\t "), 400, "");
        table.add("a byte order mark only", put(TARGET).body(bytes("", 0xEF, 0xBB, 0xBF), JSON), 400, "");
    }

    private static void invalidContacts(HostileRequest.Table table) {
        table.add("an empty name", post(CONTACT).json("{\"Name\":\"\"}"), 400, "Name");
        table.add("a name of 201 characters", put(TARGET).json("{\"Name\":\"" + "x".repeat(201) + "\"}"), 400,
                "Name");
        table.add("an e-mail address that is none", post(CONTACT).json("{\"Name\":\"x\",\"Emails\":"
                + "[{\"Value\":\"omnis\"}]}"), 400, "Emails[0].Value");
        table.add("an unknown category", post(CONTACT).json("{\"Name\":\"x\",\"Category\":{\"Id\":99999}}"), 400,
                "Category.Id");
        table.add("an unknown property", post(CONTACT).json("{\"Name\":\"x\",\"Departmnet\":\"Sales\"}"), 400,
                "Departmnet");
        table.add("a name emptied by a patch", replace("/Name", "\"\""), 400, "Name");
        table.add("a form list with a gap", post(CONTACT).form("Name=x&Emails%5B1%5D.Value=x%40dare.example"),
                400, "Emails[1].Value");
        table.add("a form field given twice", post(CONTACT).form("Name=x&Name=y"), 400, "Name");
        table.add("a bad percent escape in a form", post(CONTACT).form("Name=%ZZ"), 400, "Name");
        table.add("a save flag that is no flag", post(ENRICH + "?save=perhaps")
                .json("{\"ContactEntity\":null,\"EnrichId\":\"no-914778271\"}"), 400, "save");
        table.add("save=true for a contact never stored", post(ENRICH + "?save=true")
                .json("{\"ContactEntity\":{\"ContactId\":0,\"Name\":\"x\"},\"EnrichId\":\"no-914778271\"}"), 400,
                "ContactId");
    }

    private static void badHeadersAndRoutes(HostileRequest.Table table) {
        table.add("If-Unmodified-Since that is no date", put(TARGET).header("If-Unmodified-Since", "yesterday")
                .json("{\"Name\":\"x\"}"), 400, "If-Unmodified-Since");
        table.add("a stale PATCH", patch(TARGET).header("If-Unmodified-Since", "Mon, 01 Jan 2001 00:00:00 GMT")
                .mergePatch("{\"Department\":\"x\"}"), 412, null);
        table.add("a stale DELETE", delete(TARGET).header("If-Unmodified-Since", "Mon, 01 Jan 2001 00:00:00 GMT"),
                412, null);
        table.add("an unknown time zone", put(TARGET).header("SO-TimeZone", "Mars/Olympus")
                .json("{\"Name\":\"x\"}"), 400, "SO-TimeZone");
        table.add("a language that is none", post(CONTACT).header("SO-Language", "klingon!").json(VALID), 400,
                "SO-Language");
        table.add("nothing acceptable", post(CONTACT).header("Accept", "image/png").json(VALID), 406, null);
        table.add("DELETE of the collection", delete(CONTACT), 405, null);
        table.add("POST to a contact", post(TARGET).json(VALID), 405, null);
        table.add("PUT to the default contact", put(CONTACT + "/default").json(VALID), 405, null);
        table.add("a path below a contact", delete(TARGET + "/Emails"), 404, null);
        table.add("an encoded dot segment", delete(CONTACT + "/%2e%2e"), 400, null);
        table.add("an encoded dot segment before an id", get(CONTACT + "/%2e%2e/{id}"), 400, null);
        table.add("an encoded slash in an id", delete(CONTACT + "/1%2F{id}"), 400, null);
        table.add("an Accept of separators only", post(CONTACT).header("Accept", ";;;").json(VALID), 406, null);
        table.add("a sign-in with a wrong password", post("/api/v1/Authentication/SignIn")
                .header("Authorization", ApiClient.basic(RunningServer.ADMIN, "wrong")), 401, null);
    }

    private static Draft get(String path) {
        return request("GET", path);
    }

    private static Draft post(String path) {
        return request("POST", path);
    }

    private static Draft put(String path) {
        return request("PUT", path);
    }

    private static Draft patch(String path) {
        return request("PATCH", path);
    }

    private static Draft delete(String path) {
        return request("DELETE", path);
    }

    private static Draft patchOf(String operation) {
        return patch(TARGET).jsonPatch("[" + operation + "]");
    }

    private static Draft replace(String pointer, String value) {
        return patchOf("{\"op\":\"replace\",\"path\":\"" + pointer + "\",\"value\":" + value + "}");
    }

    /** A valid contact padded with blanks to the given size. */
    private static String paddedJson(int size) {
        return "{\"Name\":\"x\"" + " ".repeat(size - 12) + "}";
    }

    /** Text and single bytes, in order: how bodies with bytes that are not UTF-8 are written down. */
    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String) {
                out.writeBytes(((String) part).getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    private static byte[] utf16(String text) {
        return text.getBytes(StandardCharsets.UTF_16);
    }
}
