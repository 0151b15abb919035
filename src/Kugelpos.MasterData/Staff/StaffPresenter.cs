using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;

namespace Kugelpos.MasterData.Staff;

/// <summary>
/// Turns stored staff into responses and PINs into their stored form. The PIN is decrypted only for
/// a caller that passes <see cref="KugelposPolicies.User"/> (a user of the tenant), so a terminal or a
/// service reading staff, e.g. for sign-in, never sees it; the policy is the one rule of who is a user.
/// </summary>
internal sealed class StaffPresenter(SecretProtector protector, IAuthorizationService authorization)
{
    public string ProtectPin(string pin) => protector.Protect(SecretPurposes.StaffPin, pin);

    /// <summary>Whether this request may read PINs.</summary>
    public async Task<bool> MayReadPinsAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await authorization.AuthorizeAsync(context.User, context, KugelposPolicies.User);
        return result.Succeeded;
    }

    public StaffView View(StaffDocument staff, bool withPin) => new(
        staff.StaffId,
        staff.Name,
        withPin ? protector.TryUnprotect(SecretPurposes.StaffPin, staff.ProtectedPin) : null,
        staff.Roles,
        ResponseTimestamps.Format(staff.CreatedAt),
        ResponseTimestamps.Format(staff.UpdatedAt));
}
