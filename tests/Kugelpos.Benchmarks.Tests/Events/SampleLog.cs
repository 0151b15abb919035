using System.Text;

namespace Kugelpos.Benchmarks.Tests.Events;

/// <summary>A billed sale's transaction log in the cart's wire format, as the clones start from.</summary>
internal static class SampleLog
{
    public const string EventId = "6f1c2b1e-4a0d-4d8e-9a51-0c2f7d9e1b3a";

    public const int TransactionNo = 7;

    public const string Json = """
        {"tenant_id":"B0001","store_code":"S01","store_name":"Benchmark Store","terminal_no":1,"business_date":"20261130",
         "open_counter":1,"business_counter":1,"generate_date_time":"2026-11-30T19:00:00.123456","receipt_text":"RECEIPT","journal_text":"JOURNAL",
         "event_id":"6f1c2b1e-4a0d-4d8e-9a51-0c2f7d9e1b3a","transaction_no":7,"transaction_type":101,"receipt_no":7,
         "sales":{"reference_date_time":"2026-11-30T19:00:00.123456","total_amount":1100.0,"total_amount_with_tax":1210.0,"tax_amount":110.0,"total_quantity":2,"change_amount":0.0,"total_discount_amount":0.0,"is_cancelled":false},
         "line_items":[{"line_no":1,"item_code":"I001","description":"Item I001","unit_price":100.0,"quantity":1,"amount":100.0},
                       {"line_no":2,"item_code":"I010","description":"Item I010","unit_price":1000.0,"quantity":1,"amount":1000.0}],
         "payments":[{"payment_no":1,"payment_code":"01","description":"Cash","amount":1210.0}],
         "taxes":[],"subtotal_discounts":[],"shard_key":"B0001_S01_1_20261130"}
        """;

    public static byte[] Utf8 => Encoding.UTF8.GetBytes(Json);

    /// <summary>The log as the sidecar keeps it in a stream entry: the <c>data</c> of a CloudEvent.</summary>
    public static byte[] CloudEvent => Encoding.UTF8.GetBytes($$"""
        {"datacontenttype":"application/json","data":{{Json}},"id":"c1","specversion":"1.0","source":"cart","type":"com.dapr.event.sent","topic":"topic-tranlog","pubsubname":"pubsub-tranlog-report"}
        """);
}
