using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Actors.Transactions;

/// <summary>
/// The rules of voids and returns (the original's void_async and return_async): which transaction
/// may be reversed with which payments, and the log the reversal makes.
/// </summary>
public static class TransactionReversals
{
    /// <summary>Why <paramref name="original"/> may not be reversed so; null when it may.</summary>
    public static TransactionRefusal? Check(ReversalKind kind, StoredTransaction original, IReadOnlyList<ReversalPayment> payments)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(payments);
        var log = original.Log;
        var number = log.TransactionNo ?? 0;
        if (kind == ReversalKind.Void)
        {
            if (original.Status.IsVoided)
            {
                return TransactionRefusals.AlreadyVoided(number);
            }

            // A returned sale is refused; a return itself may be voided (which undoes the return).
            if (original.Status.IsRefunded && log.TransactionType == TransactionType.NormalSales)
            {
                return TransactionRefusals.AlreadyRefunded(number);
            }
        }
        else
        {
            if (original.Status.IsRefunded)
            {
                return TransactionRefusals.AlreadyRefunded(number);
            }

            if (original.Status.IsVoided)
            {
                return TransactionRefusals.AlreadyVoided(number);
            }
        }

        return CheckType(kind, log) ?? CheckPayments(kind, log, payments);
    }

    /// <summary>The type of the log a reversal of <paramref name="original"/> makes.</summary>
    public static TransactionType ReversedType(ReversalKind kind, TransactionLog original)
    {
        ArgumentNullException.ThrowIfNull(original);
        return kind == ReversalKind.Return ? TransactionType.ReturnSales
            : original.TransactionType == TransactionType.ReturnSales ? TransactionType.VoidReturn
            : TransactionType.VoidSales;
    }

    /// <summary>
    /// The new log: the original's lines, taxes and totals, the request's payments, the terminal's
    /// numbers and session, the signed-in staff, and the original named as its origin.
    /// </summary>
    public static TransactionLog Build(PendingReversal pending, TransactionLog original, TransactionNumbers numbers, int terminalNo)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(numbers);
        var payments = pending.Request.Payments.Select((p, i) =>
        {
            var paid = original.Payments.FirstOrDefault(o => o.PaymentCode == p.PaymentCode);
            return new TransactionPayment
            {
                PaymentNo = i + 1,
                PaymentCode = p.PaymentCode,
                Description = paid?.Description,

                // A method that takes a deposit (cash) pays back exactly what is due.
                DepositAmount = paid is { DepositAmount: > 0 } ? p.Amount : 0m,
                Amount = p.Amount,
                Detail = p.Detail,
            };
        }).ToArray();

        return original with
        {
            EventId = pending.EventId,
            TerminalNo = terminalNo,
            TransactionNo = numbers.TransactionNo,
            ReceiptNo = numbers.ReceiptNo,
            TransactionType = ReversedType(pending.Kind, original),
            BusinessDate = numbers.BusinessDate,
            OpenCounter = numbers.OpenCounter,
            BusinessCounter = numbers.BusinessCounter,
            GenerateDateTime = pending.AcceptedAt,
            Sales = (original.Sales ?? new TransactionSales()) with { ReferenceDateTime = pending.AcceptedAt, ChangeAmount = 0m },
            Payments = payments,
            Staff = new TransactionStaff { Id = numbers.Staff.StaffId, Name = numbers.Staff.StaffName },
            Origin = new OriginalTransaction
            {
                TenantId = original.TenantId,
                StoreCode = original.StoreCode,
                StoreName = original.StoreName,
                TerminalNo = original.TerminalNo,
                TransactionNo = original.TransactionNo,
                TransactionType = original.TransactionType,
                ReceiptNo = original.ReceiptNo,
                GenerateDateTime = original.GenerateDateTime,
            },
            IsVoided = false,
            IsRefunded = false,
            ReceiptText = null,
            JournalText = null,
        };
    }

    /// <summary>The status of the original once <paramref name="reversal"/> is recorded.</summary>
    public static TransactionStatus Mark(ReversalKind kind, TransactionStatus status, TransactionLog reversal)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(reversal);
        return kind == ReversalKind.Void
            ? status with { IsVoided = true, VoidTransactionNo = reversal.TransactionNo, VoidDateTime = reversal.GenerateDateTime, VoidStaffId = reversal.Staff?.Id }
            : status with { IsRefunded = true, ReturnTransactionNo = reversal.TransactionNo, ReturnDateTime = reversal.GenerateDateTime, ReturnStaffId = reversal.Staff?.Id };
    }

    private static TransactionRefusal? CheckType(ReversalKind kind, TransactionLog log)
    {
        if (log.Sales?.IsCancelled == true)
        {
            return TransactionRefusals.Invalid("transaction_no", $"A cancelled transaction cannot be reversed: transaction_no->{log.TransactionNo}");
        }

        var allowed = kind == ReversalKind.Return
            ? log.TransactionType == TransactionType.NormalSales
            : log.TransactionType is TransactionType.NormalSales or TransactionType.ReturnSales;
        return allowed
            ? null
            : TransactionRefusals.Invalid("transaction_no", $"Invalid transaction type to {(kind == ReversalKind.Void ? "void" : "return")}: transaction_type->{(int?)log.TransactionType}");
    }

    private static TransactionRefusal? CheckPayments(ReversalKind kind, TransactionLog log, IReadOnlyList<ReversalPayment> payments)
    {
        for (var i = 0; i < payments.Count; i++)
        {
            var payment = payments[i];
            if (payment.Amount < 0)
            {
                return TransactionRefusals.Invalid($"payments[{i}].amount", $"Payment amount must not be negative: payment_code->{payment.PaymentCode}");
            }

            if (kind != ReversalKind.Void)
            {
                continue;
            }

            var paid = log.Payments.Where(p => p.PaymentCode == payment.PaymentCode).ToList();
            if (paid.Count == 0)
            {
                return TransactionRefusals.Invalid($"payments[{i}].paymentCode", $"Payment not found in original transaction: payment_code->{payment.PaymentCode}");
            }

            var original = paid.Sum(p => p.Amount);
            if (payment.Amount != original)
            {
                return TransactionRefusals.Invalid(
                    $"payments[{i}].amount",
                    $"Payment amount must be equal for void transaction: payment_code->{payment.PaymentCode}, payment_amount->{payment.Amount}, payment_amount_original->{original}");
            }
        }

        var total = payments.Sum(p => p.Amount);
        var due = log.Sales?.TotalAmountWithTax ?? 0m;
        return total == due
            ? null
            : TransactionRefusals.Invalid("payments", $"Invalid payment amount for {(kind == ReversalKind.Void ? "void" : "return")} transaction: total_payment_amount->{total}, total_amount_with_tax->{due}");
    }
}
